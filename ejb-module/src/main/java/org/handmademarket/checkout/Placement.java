package org.handmademarket.checkout;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the placing transaction did: created the orders of a new checkout, or found that this
 * Idempotency-Key had placed them already (Redis forgot the key, the database did not).
 */
public record Placement(UUID checkoutId, BigDecimal total, List<Long> orderIds, boolean isNew) {}
