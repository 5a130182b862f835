package org.handmademarket.payments.provider;

import java.math.BigDecimal;

/**
 * Money back from an earlier charge ({@code chargeReference}, the provider's reference of it): at
 * most what is left of the charge, once per idempotency key. {@code orderId} is told to the
 * provider so that its notifications about the refund find the order.
 */
public record RefundRequest(
    String idempotencyKey,
    String chargeReference,
    long orderId,
    BigDecimal amount,
    String reason) {}
