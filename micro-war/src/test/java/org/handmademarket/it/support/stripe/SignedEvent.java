package org.handmademarket.it.support.stripe;

/** A webhook event as Stripe posts it: the JSON payload and its {@code Stripe-Signature} header. */
public record SignedEvent(String id, String payload, String signatureHeader) {}
