package org.handmademarket.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts shown with two decimals, so that JSON says 45.00 rather than 45. */
final class Money {

  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private Money() {}

  static BigDecimal of(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
