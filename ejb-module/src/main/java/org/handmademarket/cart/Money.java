package org.handmademarket.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sums of money in the cart, always with two decimals so that JSON shows 45.00, not 45 or 45.0. */
final class Money {

  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private Money() {}

  static BigDecimal of(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
