package org.handmademarket.cart;

/**
 * Whether a shopper can add more of a listing: how many can be bought now, how many the caller's
 * cart already holds (0 for anonymous callers), and whether there is room for one more.
 */
public record Availability(int available, int inCart, boolean canAddMore) {}
