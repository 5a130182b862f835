package org.handmademarket.payments.provider;

import java.math.BigDecimal;
import java.util.UUID;

/** A notification from the provider (a webhook), verified and read into what matters to us. */
public sealed interface ProviderEvent {

  /** The provider's id of the event: each is acted on once. */
  String id();

  String type();

  /** A charge succeeded, e.g. after the buyer authenticated it. */
  record PaymentSucceeded(
      String id, String type, UUID checkoutId, String reference, BigDecimal amount)
      implements ProviderEvent {}

  /** A charge failed for good: nothing was taken. */
  record PaymentFailed(String id, String type, UUID checkoutId, String reference, String reason)
      implements ProviderEvent {}

  /**
   * Money went back, made by us or by someone at the provider's dashboard.
   *
   * @param orderId the order it was made for, when we made it; null for a refund made at the
   *     provider
   */
  record Refunded(
      String id,
      String type,
      String refundReference,
      String chargeReference,
      Long orderId,
      BigDecimal amount)
      implements ProviderEvent {}

  /** Anything else: acknowledged and not acted on. */
  record Other(String id, String type) implements ProviderEvent {}
}
