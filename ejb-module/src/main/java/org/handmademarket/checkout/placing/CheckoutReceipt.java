package org.handmademarket.checkout.placing;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import org.handmademarket.checkout.orders.OrderSummary;
import org.handmademarket.checkout.payment.PaymentAuthentication;

/**
 * The answer to a checkout: one order per shop. {@code payment} is {@code APPROVED}, or {@code
 * PENDING} when the provider did not answer in time or waits for the buyer to authenticate (then
 * {@code success} is false, {@code totalPaid} is 0 and the orders stay pending until the provider
 * confirms the charge; retrying with the same Idempotency-Key never charges twice). {@code total}
 * is {@code itemTotal} plus {@code shippingTotal}, the amount charged. {@code authentication} is
 * set only when the buyer must authenticate the payment (3-D Secure): the provider's client library
 * takes it from there.
 */
public record CheckoutReceipt(
    boolean success,
    String checkoutId,
    String payment,
    List<OrderSummary> orders,
    BigDecimal itemTotal,
    BigDecimal shippingTotal,
    BigDecimal total,
    BigDecimal totalPaid,
    @Nullable PaymentAuthentication authentication) {

  public CheckoutReceipt {
    orders = List.copyOf(orders);
  }
}
