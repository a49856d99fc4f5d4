package org.cairn.web;

import java.util.List;
import org.cairn.validation.FieldError;

/** Refuses a request with a problem details answer; thrown by resources and services alike. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.problem = new Problem(type, detail, errors.isEmpty() ? null : List.copyOf(errors));
    }

    public ProblemException with(String member, Object value) {
        problem.extensions().put(member, value);
        return this;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + Names.shown(String.valueOf(id))
                + ".");
    }

    /** 422 for faulty content; typed invalid-geometry when only the geometry is at fault. */
    public static ProblemException refusal(List<FieldError> errors) {
        if (errors.stream().allMatch(error -> error.field().startsWith("geometry"))) {
            FieldError first = errors.get(0);
            return new ProblemException(ProblemType.INVALID_GEOMETRY, first.field() + ": " + first.reason(), errors);
        }
        return invalid(errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid.";
        return new ProblemException(ProblemType.INVALID_CONTENT, detail, errors);
    }
}
