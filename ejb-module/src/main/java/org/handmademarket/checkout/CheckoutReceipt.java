package org.handmademarket.checkout;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to a checkout: one order per shop. {@code payment} is {@code APPROVED}, or {@code
 * PENDING} when the provider did not answer in time (then {@code success} is false, {@code
 * totalPaid} is 0 and the orders stay pending until the charge is confirmed; retrying with the same
 * Idempotency-Key never charges twice). {@code total} is {@code itemTotal} plus {@code
 * shippingTotal}, the amount charged.
 */
public record CheckoutReceipt(
    boolean success,
    String checkoutId,
    String payment,
    List<OrderSummary> orders,
    BigDecimal itemTotal,
    BigDecimal shippingTotal,
    BigDecimal total,
    BigDecimal totalPaid) {

  public CheckoutReceipt {
    orders = List.copyOf(orders);
  }
}
