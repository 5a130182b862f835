package org.handmademarket.payments.provider;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sandbox's payment methods, named like the provider's test payment methods so that the
 * storefront and the tests use the same ids against either.
 */
public enum SandboxPaymentMethod {
  APPROVED("pm_card_visa", "Visa ending 4242", "approved"),
  DECLINED(
      "pm_card_chargeDeclinedInsufficientFunds",
      "Visa ending 9995",
      "declined: insufficient funds"),
  AUTHENTICATION_REQUIRED(
      "pm_card_authenticationRequired", "Visa ending 3184", "asks the buyer to authenticate"),
  NO_ANSWER("pm_card_sandboxNoAnswer", "Visa ending 0119", "the provider does not answer");

  private final String id;
  private final String label;
  private final String outcome;

  SandboxPaymentMethod(String id, String label, String outcome) {
    this.id = id;
    this.label = label;
    this.outcome = outcome;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public String outcome() {
    return outcome;
  }

  public static Optional<SandboxPaymentMethod> of(String id) {
    return Arrays.stream(values()).filter(method -> method.id.equals(id)).findFirst();
  }
}
