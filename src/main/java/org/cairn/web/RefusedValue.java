package org.cairn.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value of the right JSON type that a rule of Cairn's refuses; its message is the rule, never the value. */
class RefusedValue extends InvalidFormatException {

    RefusedValue(JsonParser parser, String rule, Object value, Class<?> target) {
        super(parser, rule, value, target);
    }
}
