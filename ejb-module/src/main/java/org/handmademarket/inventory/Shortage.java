package org.handmademarket.inventory;

/**
 * A line that cannot be served: the shopper asked for {@code requested}, only {@code available} can
 * be sold (0 for a listing that is unknown, sold out, not published or withdrawn). {@code title} is
 * null for an unknown listing.
 */
public record Shortage(long productId, String title, int requested, int available) {}
