package org.cairn.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * Field data must arrive as sent: no silent coercion of "12" to 12, of 1.7 to 1, of 0 to the first
 * enum constant or of "" to no value, no date read from a number of days since 1970 nor outside
 * the span Cairn takes ({@link Dates}), no duplicate keys where one value would quietly win,
 * nothing after the document. And nothing Cairn writes is completed for it when writing fails.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.getFactory().configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature(), true);
        // An answer that fails halfway must not be closed into a valid document: a GIS client would
        // read "no more features" where the truth is "the rest is missing".
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer);
        // "" for an id or a date would read as none: a new id on every retry, a date erased.
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("cairn-dates")
                .addDeserializer(LocalDate.class, new FromText<>(LocalDate.class, Dates::date, Dates.DATE_RULE))
                .addDeserializer(LocalTime.class, new FromText<>(LocalTime.class, Dates::time, Dates.TIME_RULE)));
    }

    /** Last of all, after Quarkus's own, which registers Java time's readers that ours replace. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A value read from a JSON string only, by a rule that says what it must be when it is not. */
    private static final class FromText<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, Optional<T>> reader;
        private final String rule;

        FromText(Class<T> type, Function<String, Optional<T>> reader, String rule) {
            super(type);
            this.reader = reader;
            this.rule = rule;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(parser, handledType(), "not a string");
            }
            String text = parser.getText();
            return reader.apply(text).orElseThrow(() -> new RefusedValue(parser, rule, text, handledType()));
        }
    }
}
