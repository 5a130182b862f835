package org.handmademarket.cart;

/** A cart line as checkout needs it: which listing, how many. */
public record CartEntry(long productId, int quantity) {}
