package org.handmademarket.it.support.stripe;

import java.util.Arrays;
import java.util.Optional;

/**
 * Stripe's documented test payment methods the stand-in knows, and what confirming an intent with
 * each does in test mode.
 */
enum TestPaymentMethod {
  VISA("pm_card_visa", null, null),
  MASTERCARD("pm_card_mastercard", null, null),
  DECLINED("pm_card_chargeDeclined", "generic_decline", "Your card was declined."),
  INSUFFICIENT_FUNDS(
      "pm_card_chargeDeclinedInsufficientFunds",
      "insufficient_funds",
      "Your card has insufficient funds."),
  AUTHENTICATION_REQUIRED("pm_card_authenticationRequired", null, null);

  final String id;

  /** Stripe's {@code decline_code} when confirming declines, else null. */
  final String declineCode;

  final String declineMessage;

  TestPaymentMethod(String id, String declineCode, String declineMessage) {
    this.id = id;
    this.declineCode = declineCode;
    this.declineMessage = declineMessage;
  }

  static Optional<TestPaymentMethod> byId(String id) {
    return Arrays.stream(values()).filter(method -> method.id.equals(id)).findFirst();
  }

  boolean declines() {
    return declineCode != null;
  }
}
