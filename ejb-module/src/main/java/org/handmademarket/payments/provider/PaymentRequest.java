package org.handmademarket.payments.provider;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One charge: the amount in the marketplace currency, the payment method the provider's client
 * library made of the buyer's card, and the key that makes the charge idempotent at the provider.
 * The checkout id travels with the charge so that the provider's later notifications find it.
 */
public record PaymentRequest(
    String idempotencyKey,
    UUID checkoutId,
    BigDecimal amount,
    String paymentMethodId,
    String description) {}
