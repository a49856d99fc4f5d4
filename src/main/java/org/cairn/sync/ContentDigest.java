package org.cairn.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request's canonical JSON (members sorted, whitespace gone), so that a client
 * replaying a write over a bad network is recognised whatever order its JSON library wrote.
 */
@ApplicationScoped
public class ContentDigest {

    private final ObjectMapper canonical;

    public ContentDigest(ObjectMapper mapper) {
        this.canonical = mapper.copy().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);
    }

    public String of(Object request) {
        try {
            // Through a tree, so that every object, nested or not, is written with sorted members.
            byte[] json = canonical.writeValueAsBytes(canonical.valueToTree(request));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed request could not be written again", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
