package org.cairn.feature;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The links and counts of a page of features.
 *
 * @param type           media type of this page and of the next
 * @param others         further links, such as OGC's alternate encodings
 * @param numberMatched  features reached over all pages, when known cheaply; null otherwise
 */
public record PageLinks(String self, String type, UnaryOperator<String> nextWithCursor, List<Link> others,
        Long numberMatched) {

    /** A link beside self and next. */
    public record Link(String rel, String type, String href) {
    }

    /** The links of an /api/v1 list: self and next, as GeoJSON. */
    public static PageLinks of(String self, UnaryOperator<String> nextWithCursor) {
        return new PageLinks(self, "application/geo+json", nextWithCursor, List.of(), null);
    }

    /** Writes one link object of a {@code links} array, of a page or of a single feature. */
    public static void write(JsonGenerator generator, String rel, String type, String href) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("rel", rel);
        generator.writeStringField("type", type);
        generator.writeStringField("href", href);
        generator.writeEndObject();
    }
}
