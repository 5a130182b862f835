package org.handmademarket.checkout.orders;

import java.math.BigDecimal;
import java.util.List;
import org.handmademarket.platform.money.Money;

/**
 * One shop's order in a checkout's answer: {@code subtotal} of the items, {@code shipping}, and
 * {@code total}, what the buyer pays for it.
 */
public record OrderSummary(
    long id,
    long shopId,
    String shopName,
    String status,
    BigDecimal subtotal,
    BigDecimal shipping,
    BigDecimal total,
    List<OrderLineView> items) {

  public OrderSummary {
    items = List.copyOf(items);
  }

  public static OrderSummary of(Order order, String shopName) {
    return new OrderSummary(
        order.id(),
        order.shopId(),
        shopName,
        order.status().name(),
        Money.of(order.subtotal()),
        Money.of(order.shipping()),
        Money.of(order.total()),
        order.items().stream().map(OrderLineView::of).toList());
  }
}
