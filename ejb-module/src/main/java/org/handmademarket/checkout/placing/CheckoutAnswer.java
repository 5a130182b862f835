package org.handmademarket.checkout.placing;

import org.handmademarket.platform.errors.MarketplaceException;

/**
 * How a checkout ended, for any adapter to present: the orders were placed (paid, or with the
 * charge still unconfirmed), or the checkout was refused. {@code replayed}: this is the first
 * attempt's answer, given again to a retry with the same Idempotency-Key.
 */
public sealed interface CheckoutAnswer {

  boolean replayed();

  record Placed(CheckoutReceipt receipt, boolean paymentPending, boolean replayed)
      implements CheckoutAnswer {}

  record Refused(MarketplaceException refusal, boolean replayed) implements CheckoutAnswer {}
}
