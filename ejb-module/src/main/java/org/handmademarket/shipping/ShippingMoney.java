package org.handmademarket.shipping;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of the marketplace's one currency, always with two decimals (5.00, never 5 or 5.0). */
final class ShippingMoney {

  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private ShippingMoney() {}

  /** Whether the amount has at most two decimals (5.000 has two: trailing zeros do not count). */
  static boolean hasCents(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= 2;
  }

  /**
   * The amount with exactly two decimals when it has at most two; any other amount (null, 9.999) as
   * it is, for validation to refuse rather than round.
   */
  static BigDecimal canonical(BigDecimal amount) {
    return amount != null && hasCents(amount)
        ? amount.setScale(2, RoundingMode.UNNECESSARY)
        : amount;
  }
}
