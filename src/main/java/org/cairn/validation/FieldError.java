package org.cairn.validation;

/** One reason why a field of a request was refused; {@code field} is a JSON path such as {@code properties.name}. */
public record FieldError(String field, String reason) {
}
