package org.cairn.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens whose signature and claims were verified, until they expire. A client
 * sends the same token with every request, and checking its RSA signature again each time was a
 * third of the work of a small GET. Only the exact token text that passed is remembered, never a
 * refusal; an entry lasts until the token's own expiry and at most {@link #LONGEST}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class VerifiedTokens implements JWTParser {

    static final Duration LONGEST = Duration.ofMinutes(5);
    /** Tokens of a thousand or two clients (a few KB each); past that the heap is worth more than the checks. */
    private static final int MOST = 2_000;
    /** Expired tokens are swept out every so many new ones, so that the map holds live ones mostly. */
    private static final int SWEEP_EVERY = 100;

    private record Verified(JsonWebToken token, Instant until) {
    }

    @Inject DefaultJWTParser verifier;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicInteger added = new AtomicInteger();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = Instant.now();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.token();
        }
        JsonWebToken checked = verifier.parse(token);
        remember(token, checked, now);
        return checked;
    }

    private void remember(String token, JsonWebToken checked, Instant now) {
        Instant until = now.plus(LONGEST);
        if (checked.getExpirationTime() > 0) {
            Instant expiry = Instant.ofEpochSecond(checked.getExpirationTime());
            until = expiry.isBefore(until) ? expiry : until;
        }
        if (added.incrementAndGet() % SWEEP_EVERY == 0 || verified.size() >= MOST) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= MOST) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(checked, until));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
