package org.handmademarket.payments.provider;

import java.util.Optional;

/**
 * What an instance has when no payment provider is configured, or one is configured without the
 * settings it needs: it takes no payment, so checkout is refused and readiness says why.
 */
final class UnconfiguredPaymentGateway implements PaymentGateway {

  private final String reason;

  UnconfiguredPaymentGateway(String reason) {
    this.reason = reason;
  }

  @Override
  public String name() {
    return "none";
  }

  @Override
  public Optional<String> unavailable() {
    return Optional.of(reason);
  }

  @Override
  public PaymentResult charge(PaymentRequest request) {
    throw new IllegalStateException(reason);
  }

  @Override
  public RefundResult refund(RefundRequest request) {
    return new RefundResult.Refused(reason);
  }

  @Override
  public ConnectedAccount connect(AccountRequest request) {
    throw new IllegalStateException(reason);
  }

  @Override
  public TransferResult transfer(TransferRequest request) {
    return new TransferResult.Refused(reason);
  }

  @Override
  public ProviderEvent verify(String payload, String signatureHeader) {
    throw new WebhookRejected(reason);
  }
}
