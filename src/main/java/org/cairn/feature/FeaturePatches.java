package org.cairn.feature;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.cairn.security.FeatureAccess;
import org.cairn.web.JsonBodies;
import org.cairn.web.MergePatch;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * PATCH of a feature, the same for every collection: a JSON merge patch (RFC 7396) applies to the
 * feature as GET shows it to its recorders, every field included, and the result is then checked
 * as a replacement would be.
 */
@ApplicationScoped
public class FeaturePatches {

    @Inject JsonBodies bodies;
    @Inject FeatureStore features;

    /** The stored feature of the type with the patch applied, read as the request class of its endpoint. */
    public <T> T patched(FeatureType type, UUID id, JsonNode patch, Class<T> request) {
        if (!patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A merge patch of a feature is a JSON object.");
        }
        JsonNode current = bodies.parse(features.one(type, id, FeatureAccess.ALL).orElseThrow().json());
        return bodies.convert(MergePatch.apply(current, patch), request);
    }
}
