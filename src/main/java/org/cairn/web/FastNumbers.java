package org.cairn.web;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Decimals are written with Jackson's Schubfach writer: the shortest text that reads back as the
 * same double, as Double.toString gives from Java 19 on. On Java 17 Double.toString was most of
 * the cost of the numbers in a page of features (a hazard area has six areas in square metres).
 */
@Singleton
public class FastNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().configure(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature(), true);
    }
}
