package org.handmademarket.checkout.orders;

/**
 * An order moved to another status, fired inside the transaction of the move: observers that
 * announce it wait for the commit. Carries the buyer and shop so that an observer needs no lookup
 * to know who may hear of it.
 */
public record OrderStatusChanged(long orderId, long buyerId, long shopId, OrderStatus status) {}
