package org.handmademarket.checkout.payment;

import java.util.List;
import org.handmademarket.checkout.orders.Order;

/**
 * A checkout after the provider's answer was applied: where its payment stands, its orders (none
 * once declined), and what this answer did ({@link Settlement#PAY}: it paid the orders now).
 */
public record Settled(
    PaymentStatus status, String declineReason, List<Order> orders, Settlement settlement) {

  public Settled {
    orders = List.copyOf(orders);
  }

  /** The orders this answer paid, to tell their sellers; empty when it paid nothing. */
  public List<Long> paidNow() {
    return settlement == Settlement.PAY ? orders.stream().map(Order::id).toList() : List.of();
  }
}
