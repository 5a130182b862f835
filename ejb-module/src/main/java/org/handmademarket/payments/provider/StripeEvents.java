package org.handmademarket.payments.provider;

import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;

/** Reads the Stripe events the marketplace acts on into {@link ProviderEvent}s. */
final class StripeEvents {

  private StripeEvents() {}

  static ProviderEvent read(String id, String type, StripeObject object) {
    if (object instanceof PaymentIntent intent) {
      switch (type) {
        case "payment_intent.succeeded":
          return new ProviderEvent.PaymentSucceeded(
              id,
              type,
              StripePaymentGateway.checkoutOf(intent.getMetadata()),
              intent.getId(),
              StripePaymentGateway.amountOf(intent.getAmountReceived()));
        case "payment_intent.payment_failed":
        case "payment_intent.canceled":
          return new ProviderEvent.PaymentFailed(
              id,
              type,
              StripePaymentGateway.checkoutOf(intent.getMetadata()),
              intent.getId(),
              intent.getLastPaymentError() == null
                  ? "The payment was not completed."
                  : intent.getLastPaymentError().getMessage());
        default:
          return new ProviderEvent.Other(id, type);
      }
    }
    if (object instanceof Refund refund
        && ("refund.created".equals(type) || "refund.updated".equals(type))
        && "succeeded".equals(refund.getStatus())) {
      return new ProviderEvent.Refunded(
          id,
          type,
          refund.getId(),
          refund.getPaymentIntent(),
          orderOf(refund),
          StripePaymentGateway.amountOf(refund.getAmount()));
    }
    return new ProviderEvent.Other(id, type);
  }

  private static Long orderOf(Refund refund) {
    String order =
        refund.getMetadata() == null
            ? null
            : refund.getMetadata().get(StripePaymentGateway.ORDER_ID);
    try {
      return order == null ? null : Long.valueOf(order);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
