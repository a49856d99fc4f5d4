package org.cairn.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cairn.security.Access;
import org.cairn.security.ApiKey;
import org.cairn.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as clients see it: the request to create one, and every answer about one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ApiKey")
public class ApiKeyData {

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true)
    public UUID id;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, description = "What the key is for.", examples = "UNMAS dashboard sync")
    public String name;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, description = "Id of the organisation the key acts for; its records scope the key "
            + "as they scope the organisation's staff.", examples = "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a01")
    public String organisation;

    @NotEmpty
    @Schema(required = true, description = "Roles the key carries; admin is never given to a key.",
            examples = "[\"partner\"]")
    public List<String> roles;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true, description = "Shown once, in the answer that creates the key; send it as "
            + "`Authorization: ApiKey <secret>`.", examples = "cairn_9Jk2vQ0x7WcN4sHq1tRzYbLmPo3eDfGa")
    public String secret;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true)
    public Instant createdAt;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true)
    public String createdBy;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true, description = "Set once the key is revoked; it then authenticates no one.")
    public Instant revokedAt;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true)
    public String revokedBy;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true, description = "Last request made with the key, to the minute.")
    public Instant lastUsedAt;

    static ApiKeyData of(ApiKey key) {
        ApiKeyData data = new ApiKeyData();
        data.id = key.id;
        data.name = key.name;
        data.organisation = key.organisation;
        data.roles = key.roles.stream().map(Role::claim).toList();
        data.createdAt = key.createdAt;
        data.createdBy = key.createdBy;
        data.revokedAt = key.revokedAt;
        data.revokedBy = key.revokedBy;
        data.lastUsedAt = key.lastUsedAt;
        return data;
    }
}
