package org.handmademarket.inventory;

import java.math.BigDecimal;

/**
 * One line taken out of stock, with the listing's shop, title and price as they were under the
 * lock: the snapshot an order line keeps.
 */
public record WithdrawnStock(
    long productId,
    long shopId,
    String title,
    BigDecimal unitPrice,
    int quantity,
    int remaining,
    String status) {}
