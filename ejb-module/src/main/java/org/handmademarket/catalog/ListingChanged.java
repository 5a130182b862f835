package org.handmademarket.catalog;

/**
 * A seller changed what shoppers see of a listing (text, price, status, photos), fired inside the
 * change's transaction: observers that act on it wait for the commit.
 */
public record ListingChanged(long productId, long shopId) {}
