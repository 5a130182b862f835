package org.handmademarket.checkout;

import java.math.BigDecimal;

/**
 * A CDI event, fired once an order is committed: the console pushes it to the seller's open pages.
 *
 * @param sellerId the account that owns the order's shop
 */
public record NewShopOrder(
    long orderId, long shopId, long sellerId, BigDecimal subtotal, int lines) {}
