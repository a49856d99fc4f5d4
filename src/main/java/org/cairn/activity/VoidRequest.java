package org.cairn.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a land release record is void. */
@Schema(name = "VoidRequest")
public class VoidRequest {

    @Schema(required = true, examples = "Polygon drawn on the wrong hazard; re-recorded as LR-000031")
    public String reason;
}
