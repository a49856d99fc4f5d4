package org.cairn.web;

/** Names of the HTTP headers Cairn reads beyond those JAX-RS names. */
public final class Headers {

    /** A client's key for a POST, so that sending it again gets the first answer (see sync.IdempotencyKeys). */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Headers() {
    }
}
