package org.cairn.openrosa;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cairn.validation.NotAfterToday;

/**
 * Derives a question from the field it fills: its type from the field's Java type, its choices
 * from an enumeration's constants, whether it is required and what an answer must meet from the
 * field's validation annotations, the same ones the record's endpoint checks.
 */
final class Questions {

    static final List<String> YES_NO = List.of("yes", "no");

    private Questions() {
    }

    static Question of(Class<?> record, Ask ask, String name) {
        Field field = field(record, ask.path());
        Class<?> type = field.getType();
        Class<?> element = element(field);
        QuestionType how = ask.how() != null ? ask.how() : type(type, element, ask.path());
        boolean required = ask.required() || field.isAnnotationPresent(NotNull.class)
                || field.isAnnotationPresent(NotBlank.class);
        List<String> choices = List.of();
        String list = ask.list();
        if (how == QuestionType.YES_NO) {
            choices = YES_NO;
            list = "yes_no";
        } else if (how.choices()) {
            Class<?> constants = how == QuestionType.SELECT_MULTIPLE ? element : type;
            choices = Arrays.stream(constants.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
            list = constants.getSimpleName();
        }
        return new Question(name, ask.path(), how, required, choices, list, constraint(field));
    }

    /** The field a path names, from the record's class down through objects and lists. */
    static Field field(Class<?> record, String path) {
        Class<?> owner = record;
        Field field = null;
        for (String segment : path.replace("[]", "").split("\\.")) {
            if (field != null) {
                owner = element(field) != null ? element(field) : field.getType();
            }
            try {
                field = owner.getField(segment);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(record.getSimpleName() + " has no field " + path, e);
            }
        }
        return field;
    }

    private static QuestionType type(Class<?> type, Class<?> element, String path) {
        if (type == String.class) {
            return QuestionType.TEXT;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return QuestionType.INTEGER;
        }
        if (type == Double.class || type == double.class) {
            return QuestionType.DECIMAL;
        }
        if (type == LocalDate.class) {
            return QuestionType.DATE;
        }
        if (type == LocalTime.class) {
            return QuestionType.TIME;
        }
        if (type == Boolean.class || type == boolean.class) {
            return QuestionType.YES_NO;
        }
        if (type.isEnum()) {
            return QuestionType.SELECT_ONE;
        }
        if (List.class.isAssignableFrom(type) && element != null && element.isEnum()) {
            return QuestionType.SELECT_MULTIPLE;
        }
        if (type == UUID.class || type == JsonNode.class) {
            throw new IllegalStateException(path + " needs to be asked as a list or a geometry");
        }
        throw new IllegalStateException("No question for " + path + " of type " + type.getSimpleName());
    }

    private static Question.Constraint constraint(Field field) {
        if (field.isAnnotationPresent(NotAfterToday.class)) {
            return new Question.Constraint(". <= today()", "constraint.notAfterToday", null);
        }
        Size size = field.getAnnotation(Size.class);
        if (size != null && field.getType() == String.class) {
            return new Question.Constraint("string-length(.) <= " + size.max(), "constraint.maxLength", size.max());
        }
        Min min = field.getAnnotation(Min.class);
        Max max = field.getAnnotation(Max.class);
        if (min != null && max != null) {
            return new Question.Constraint(". >= " + min.value() + " and . <= " + max.value(), "constraint.between",
                    min.value() + "–" + max.value());
        }
        if (min != null) {
            return new Question.Constraint(". >= " + min.value(), "constraint.min", min.value());
        }
        if (field.isAnnotationPresent(Positive.class)) {
            return new Question.Constraint(". > 0", "constraint.positive", null);
        }
        if (field.isAnnotationPresent(PositiveOrZero.class)) {
            return new Question.Constraint(". >= 0", "constraint.notNegative", null);
        }
        return null;
    }

    /** The element type of a list field, or null. */
    private static Class<?> element(Field field) {
        if (List.class.isAssignableFrom(field.getType())
                && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
