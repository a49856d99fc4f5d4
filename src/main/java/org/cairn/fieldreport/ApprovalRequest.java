package org.cairn.fieldreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data manager's approval, with a decision for each item whose base version has changed since. */
@Schema(name = "FieldReportApproval")
public class ApprovalRequest {

    @NotNull
    @Schema(description = "Items not named are applied, unless they are in conflict: those need a decision.")
    public List<@Valid @NotNull Decision> decisions = List.of();

    /** APPLY writes a change over a newer version; SKIP leaves the item out. */
    public enum Action {
        APPLY,
        SKIP
    }

    @Schema(name = "FieldReportItemDecision")
    public static class Decision {

        @NotNull
        @Schema(required = true)
        public UUID itemId;

        @NotNull
        @Schema(required = true)
        public Action action;
    }
}
