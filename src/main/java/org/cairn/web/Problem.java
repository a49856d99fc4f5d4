package org.cairn.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.validation.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public class Problem {

    @Schema(description = "Stable URI of the kind of error.", examples = "urn:cairn:problem:invalid-geometry")
    public String type;

    @Schema(examples = "Invalid geometry")
    public String title;

    @Schema(examples = "422")
    public int status;

    @Schema(examples = "Ring Self-intersection at or near point 33.01 9.42")
    public String detail;

    @Schema(description = "The request path.", examples = "/api/v1/hazard-areas")
    public String instance;

    @Schema(description = "For validation errors: each refused field and why.")
    public List<FieldError> errors;

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem() {
    }

    public Problem(ProblemType kind, String detail, List<FieldError> errors) {
        this.type = kind.uri();
        this.title = kind.title();
        this.status = kind.status();
        this.detail = detail;
        this.errors = errors;
    }

    /** Further members a client can act on, such as {@code currentVersion} on a 412. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
