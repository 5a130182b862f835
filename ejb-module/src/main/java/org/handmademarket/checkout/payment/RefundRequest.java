package org.handmademarket.checkout.payment;

import java.math.BigDecimal;

/**
 * Money back from an earlier charge ({@code chargeReference}, the provider's reference of it): at
 * most the charge's amount, once per idempotency key.
 */
public record RefundRequest(
    String idempotencyKey, String chargeReference, BigDecimal amount, String reason) {}
