package org.handmademarket.payments.provider;

/** What the provider answered to a refund. */
public sealed interface RefundResult {

  record Refunded(String reference) implements RefundResult {}

  record Refused(String reason) implements RefundResult {}
}
