package org.handmademarket.payments.provider;

/** What the provider answered to a transfer. */
public sealed interface TransferResult {

  record Transferred(String reference) implements TransferResult {}

  record Refused(String reason) implements TransferResult {}
}
