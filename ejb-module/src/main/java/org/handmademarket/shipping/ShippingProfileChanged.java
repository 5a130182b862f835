package org.handmademarket.shipping;

/**
 * A seller saved their shop's shipping profile: quotes made for it before are stale. Fired inside
 * the transaction that saves it; observers that act on it outside the database (a cache) should
 * wait for the commit ({@code TransactionPhase.AFTER_SUCCESS}).
 */
public record ShippingProfileChanged(long shopId) {}
