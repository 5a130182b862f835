package org.handmademarket.checkout.payment;

import java.math.BigDecimal;

/**
 * One charge: the amount in the marketplace currency, the card token the storefront collected, and
 * the key that makes the charge idempotent at the provider.
 */
public record PaymentRequest(
    String idempotencyKey, BigDecimal amount, String cardNumber, String description) {}
