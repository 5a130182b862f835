package org.handmademarket.checkout.placing;

import java.math.BigDecimal;

/**
 * A CDI event, fired once an order is committed: live updates push it to the seller's open console
 * pages.
 *
 * @param sellerId the account that owns the order's shop
 */
public record NewShopOrder(
    long orderId, long shopId, long sellerId, BigDecimal subtotal, int lines) {}
