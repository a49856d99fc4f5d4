package org.cairn.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request body read and checked, before anything is written from it: observers may still stop
 * the request (a repeated Idempotency-Key is answered from storage).
 */
public record BodyRead(JsonNode body) {
}
