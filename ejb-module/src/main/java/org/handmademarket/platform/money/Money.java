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
}
