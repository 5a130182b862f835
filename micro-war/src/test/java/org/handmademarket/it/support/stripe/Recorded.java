package org.handmademarket.it.support.stripe;

import java.util.Map;

/**
 * One request the stand-in answered: its method and path, its form (or query) parameters with
 * bracketed keys as sent, its {@code Idempotency-Key} (null without) and the status answered.
 */
public record Recorded(
    String method, String path, Map<String, String> params, String idempotencyKey, int status) {}
