package org.cairn.ordnance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A model of the ordnance catalogue as clients send and receive it. */
@Schema(name = "OrdnanceType")
public class OrdnanceTypeData extends RecordedData {

    @Schema(description = "Chosen by the client when creating, or by Cairn.")
    public UUID id;

    @NotNull
    @Schema(required = true)
    public OrdnanceCategory category;

    @Size(max = 100)
    @Schema(examples = "blast")
    public String subCategory;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "PMN-2")
    public String model;

    @Size(max = 2000)
    public String description;

    static OrdnanceTypeData of(OrdnanceType type) {
        OrdnanceTypeData data = new OrdnanceTypeData();
        data.id = type.id;
        data.category = type.category;
        data.subCategory = type.subCategory;
        data.model = type.model;
        data.description = type.description;
        data.showBookkeeping(type);
        return data;
    }
}
