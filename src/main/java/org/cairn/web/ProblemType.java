package org.cairn.web;

/** The kinds of error Cairn reports, each with a stable type URI that clients may switch on. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request", "The request is not well-formed."),
    INVALID_PARAMETER(400, "Invalid query parameter", "A query parameter is not valid here."),
    UNAUTHORIZED(401, "Authentication required", "Credentials are required."),
    FORBIDDEN(403, "Not allowed", "Your roles do not allow this."),
    NOT_FOUND(404, "Not found", "Nothing is at this path, or not for this caller."),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "This path does not take this method; Allow lists those it takes."),
    NOT_ACCEPTABLE(406, "Not acceptable", "No media type this path serves is among those Accept names."),
    CONFLICT(409, "Conflict with the stored state", "The request conflicts with what is stored."),
    PRECONDITION_FAILED(412, "Precondition failed", "The item has changed since the version the request names."),
    PAYLOAD_TOO_LARGE(413, "Request body too large", "The request body is larger than this service takes."),
    URI_TOO_LONG(414, "URI too long", "The request line is longer than this service takes."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "This operation does not take a body of this "
            + "Content-Type."),
    RANGE_NOT_SATISFIABLE(416, "Range not satisfiable", "The range lies outside the file."),
    INVALID_CONTENT(422, "Invalid content", "The content breaks a rule of the domain."),
    INVALID_GEOMETRY(422, "Invalid geometry", "The geometry is not valid."),
    HEADERS_TOO_LARGE(431, "Request headers too large", "The request headers are larger than this service takes."),
    INTERNAL_ERROR(500, "Internal error", "The request could not be completed; the error is logged on the server."),
    SERVICE_UNAVAILABLE(503, "Service unavailable", "The service cannot answer at the moment; send the request "
            + "again shortly.");

    private final int status;
    private final String title;
    private final String detail;

    ProblemType(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What a refusal of this kind says when nothing more specific is known. */
    public String detail() {
        return detail;
    }

    public String uri() {
        return "urn:cairn:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The type for an HTTP status that arose outside Cairn's own code (routing, content negotiation). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
