package org.handmademarket.checkout.payment;

/**
 * What the provider answered. A timeout is not a decline: the charge may or may not have happened.
 */
public sealed interface PaymentResult {

  record Approved(String reference) implements PaymentResult {}

  record Declined(String reason) implements PaymentResult {}

  record TimedOut() implements PaymentResult {}
}
