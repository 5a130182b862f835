package org.handmademarket.checkout.payment;

/**
 * What the storefront needs for the buyer to authenticate a payment: the provider's name and the
 * secret its client library takes (Stripe.js {@code handleNextAction}; with the sandbox, the
 * sandbox's own authentication endpoint).
 */
public record PaymentAuthentication(String provider, String clientSecret) {}
