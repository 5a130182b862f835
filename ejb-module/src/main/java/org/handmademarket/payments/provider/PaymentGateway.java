package org.handmademarket.payments.provider;

import java.util.Optional;

/**
 * A payment provider. Called outside any database transaction where it can be: a call may take
 * seconds. Every call that moves money carries an idempotency key, which the provider must honour:
 * a repeated key is the same charge, refund or transfer, so that a retry never moves money twice.
 */
public interface PaymentGateway {

  /** The provider's name as configured, e.g. {@code stripe}. */
  String name();

  /** Why this instance cannot take payments, or empty when it can. */
  default Optional<String> unavailable() {
    return Optional.empty();
  }

  /** Charges once per idempotency key; never throws for a decline. */
  PaymentResult charge(PaymentRequest request);

  /**
   * Gives money of an earlier charge back, once per idempotency key.
   *
   * @throws RuntimeException when the provider cannot be reached: nothing is known to be refunded
   */
  RefundResult refund(RefundRequest request);

  /** Opens (or continues) a shop's account at the provider, to be paid into. */
  ConnectedAccount connect(AccountRequest request);

  /**
   * Pays a connected account from the marketplace's balance, once per idempotency key.
   *
   * @throws RuntimeException when the provider cannot be reached: nothing is known to be paid
   */
  TransferResult transfer(TransferRequest request);

  /**
   * Reads a webhook, after checking its signature and age.
   *
   * @throws WebhookRejected when it is not a genuine, recent notification of this provider
   */
  ProviderEvent verify(String payload, String signatureHeader);
}
