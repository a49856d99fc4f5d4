package org.cairn.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;

/** Collects the faults of a request as field errors, so that every one is reported at once. */
public final class Violations {

    private Violations() {
    }

    /** Bean Validation's verdict on a request, each violation named by its JSON path. */
    public static void of(Validator validator, Object request, List<FieldError> errors) {
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
    }

    /** Lists in JSON may hold nulls that no enum or id can stand for. */
    public static void noNulls(List<?> values, String field, List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be null"));
            }
        }
    }
}
