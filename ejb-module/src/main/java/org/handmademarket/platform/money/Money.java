package org.handmademarket.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sums of money in the marketplace's currency, always with two decimals so that JSON shows 45.00,
 * not 45 or 45.0.
 */
public final class Money {

  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private Money() {}

  public static BigDecimal of(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** Whether the amount has at most two decimals (5.000 has two: trailing zeros do not count). */
  public static boolean hasCents(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= 2;
  }

  /**
   * The amount with exactly two decimals when it has at most two; any other amount (null, 9.999) as
   * it is, for validation to refuse rather than round.
   */
  public static BigDecimal canonical(BigDecimal amount) {
    return amount != null && hasCents(amount)
        ? amount.setScale(2, RoundingMode.UNNECESSARY)
        : amount;
  }
}
