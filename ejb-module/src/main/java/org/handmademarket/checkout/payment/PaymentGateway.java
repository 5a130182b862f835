package org.handmademarket.checkout.payment;

/** A payment provider. Called outside any database transaction: a charge may take seconds. */
public interface PaymentGateway {

  /**
   * Charges once per idempotency key: the provider must treat a repeated key as the same charge, so
   * that a retried checkout can never charge twice.
   */
  PaymentResult charge(PaymentRequest request);

  /**
   * Gives money of an earlier charge back, once per idempotency key.
   *
   * @throws RuntimeException when the provider cannot be reached: nothing is known to be refunded
   */
  RefundResult refund(RefundRequest request);
}
