package org.handmademarket.payments.provider;

import java.math.BigDecimal;

/** Stripe counts money in the currency's minor unit (cents); the marketplace in two decimals. */
final class StripeAmounts {

  private StripeAmounts() {}

  static long minorUnits(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }

  static BigDecimal major(long minorUnits) {
    return BigDecimal.valueOf(minorUnits, 2);
  }
}
