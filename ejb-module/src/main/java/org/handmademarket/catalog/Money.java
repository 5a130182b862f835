package org.handmademarket.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A price in the marketplace's one currency: exact, two decimals, between {@link #MIN} and {@link
 * #MAX}. A value with more than two decimals is refused rather than rounded: a seller who typed
 * 9.999 did not mean 10.00.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  public static final BigDecimal MIN = new BigDecimal("0.01");
  public static final BigDecimal MAX = new BigDecimal("100000.00");

  public Money {
    Objects.requireNonNull(amount, "amount");
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("a price has at most two decimals: " + amount);
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * A price a seller may ask: at least {@link #MIN}, at most {@link #MAX}, at most two decimals.
   */
  public static boolean isValidPrice(BigDecimal amount) {
    return amount != null
        && amount.stripTrailingZeros().scale() <= 2
        && amount.compareTo(MIN) >= 0
        && amount.compareTo(MAX) <= 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }
}
