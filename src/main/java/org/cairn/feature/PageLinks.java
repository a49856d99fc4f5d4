package org.cairn.feature;

import java.util.function.UnaryOperator;

/** The links of a page of features: itself, and the page a cursor leads to. */
public record PageLinks(String self, UnaryOperator<String> nextWithCursor) {
}
