package org.cairn.validation;

import java.time.LocalDate;
import java.util.List;

/** Information comes after the event it tells of: a date of information before the event is a slip. */
public final class InformationDates {

    private InformationDates() {
    }

    /** Adds the refusal of {@code field} when the information is dated before the accident. */
    public static void notBeforeAccident(LocalDate accidentDate, LocalDate dateOfInformation, String field,
            List<FieldError> errors) {
        notBefore("accident", accidentDate, dateOfInformation, field, errors);
    }

    /** Adds the refusal of {@code field} when the information is dated before the event, named for the message. */
    public static void notBefore(String event, LocalDate eventDate, LocalDate dateOfInformation, String field,
            List<FieldError> errors) {
        if (eventDate != null && dateOfInformation != null && dateOfInformation.isBefore(eventDate)) {
            errors.add(new FieldError(field, "is before the " + event + "'s date: information comes after the event"));
        }
    }
}
