package org.cairn.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A day that has come: an event that happened, a birth, the day facts were true. "Today" is
 * today anywhere on Earth, so a tablet east of the service's clock is not refused the day it lives in.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotAfterToday.Check.class)
public @interface NotAfterToday {

    String message() default "is in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator: null passes, as absence is another rule's business. */
    class Check implements ConstraintValidator<NotAfterToday, LocalDate> {

        /** The easternmost time zone, UTC+14, is this far ahead of UTC. */
        private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(14);

        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return day == null || !day.isAfter(LocalDate.now(EASTERNMOST));
        }
    }
}
