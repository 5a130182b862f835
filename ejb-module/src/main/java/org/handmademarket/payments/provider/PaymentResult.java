package org.handmademarket.payments.provider;

/**
 * What the provider answered to a charge. Pending is not a decline: the charge may yet happen (the
 * provider did not answer, is still processing, or waits for the buyer to authenticate).
 */
public sealed interface PaymentResult {

  record Approved(String reference) implements PaymentResult {}

  record Declined(String reason) implements PaymentResult {}

  /**
   * @param reference the provider's id of the payment, when it answered at all
   * @param authenticationSecret what the provider's client library needs for the buyer to
   *     authenticate the payment (3-D Secure); null when nothing is asked of the buyer
   */
  record Pending(String reference, String authenticationSecret) implements PaymentResult {

    /** No answer: whether money moved is unknown. */
    public static Pending unknown() {
      return new Pending(null, null);
    }
  }
}
