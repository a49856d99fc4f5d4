package org.cairn.validation;

import java.time.LocalDate;
import java.util.List;

/** Information comes after the event it tells of: a date of information before the accident is a slip. */
public final class InformationDates {

    private InformationDates() {
    }

    /** Adds the refusal of {@code field} when the information is dated before the accident. */
    public static void notBeforeAccident(LocalDate accidentDate, LocalDate dateOfInformation, String field,
            List<FieldError> errors) {
        if (accidentDate != null && dateOfInformation != null && dateOfInformation.isBefore(accidentDate)) {
            errors.add(new FieldError(field, "is before the accident's date: information comes after the event"));
        }
    }
}
