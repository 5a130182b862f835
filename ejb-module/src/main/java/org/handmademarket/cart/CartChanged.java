package org.handmademarket.cart;

/** A shopper's cart changed: its cached view must go once the change is committed. */
record CartChanged(long userId) {}
