package org.handmademarket.checkout.placing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.handmademarket.checkout.orders.OrderStatus;
import org.handmademarket.checkout.orders.OrderSummary;
import org.handmademarket.checkout.payment.PaymentStatus;

/**
 * What the placing transaction found or did: the orders of a new checkout, or those this
 * Idempotency-Key placed before (Redis forgot the key, the database did not), with where the
 * checkout's payment stands. Read once: checkout answers from it.
 */
public record Placement(
    UUID checkoutId,
    long buyerId,
    PaymentStatus payment,
    String declineReason,
    List<OrderSummary> orders,
    boolean isNew) {

  public Placement {
    orders = List.copyOf(orders);
  }

  /** What the buyer still owes: the orders waiting for the charge. */
  public BigDecimal amountDue() {
    return orders.stream()
        .filter(order -> OrderStatus.PENDING.name().equals(order.status()))
        .map(OrderSummary::total)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
