package org.handmademarket.checkout.orders;

import java.math.BigDecimal;
import org.handmademarket.platform.money.Money;

/**
 * A line of an order as it was bought.
 *
 * @param itemId the order item's id, which a review of it names
 */
public record OrderLineView(
    long itemId,
    long productId,
    String title,
    BigDecimal unitPrice,
    int quantity,
    BigDecimal lineTotal) {

  static OrderLineView of(OrderItem item) {
    return new OrderLineView(
        item.id(),
        item.productId(),
        item.title(),
        Money.of(item.unitPrice()),
        item.quantity(),
        Money.of(item.lineTotal()));
  }
}
