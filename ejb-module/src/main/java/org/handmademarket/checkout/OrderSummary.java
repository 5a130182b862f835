package org.handmademarket.checkout;

import java.math.BigDecimal;
import java.util.List;

/** One shop's order in a checkout's answer. */
public record OrderSummary(
    long id,
    long shopId,
    String shopName,
    String status,
    BigDecimal subtotal,
    List<OrderLineView> items) {

  public OrderSummary {
    items = List.copyOf(items);
  }
}
