package org.handmademarket.inventory;

import java.time.OffsetDateTime;

/**
 * A line that cannot be served: the shopper asked for {@code requested}, only {@code available} can
 * be sold (0 for a listing that is unknown, sold out, not published or withdrawn). {@code title} is
 * null for an unknown listing. {@code heldUntil} is when the earliest of other buyers' holds on the
 * listing ends, or null when nobody holds any of it.
 */
public record Shortage(
    long productId, String title, int requested, int available, OffsetDateTime heldUntil) {}
