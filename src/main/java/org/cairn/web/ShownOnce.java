package org.cairn.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answer of this operation holds a secret shown once: it is never kept for an
 * Idempotency-Key replay, which is told where the first request's result is instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ShownOnce {
}
