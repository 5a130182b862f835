package org.handmademarket.shipping;

import java.math.BigDecimal;
import java.util.Objects;
import org.handmademarket.platform.money.Money;

/**
 * What a shop charges to send pieces to one zone: {@code firstItem} for the first piece of an order
 * and {@code additionalItem} for each further piece. Amounts with at most two decimals are kept
 * with exactly two; the rate itself accepts anything so that a form or request can carry what the
 * seller typed, and {@link ShippingProfiles} refuses what breaks the rules, naming the field.
 */
public record ShippingRate(BigDecimal firstItem, BigDecimal additionalItem) {

  public ShippingRate {
    firstItem = Money.canonical(firstItem);
    additionalItem = Money.canonical(additionalItem);
  }

  /**
   * The charge for an order of this many pieces: first + (pieces - 1) * additional, two decimals.
   *
   * @param pieces at least 1
   */
  public BigDecimal forPieces(int pieces) {
    if (pieces < 1) {
      throw new IllegalArgumentException("an order ships at least one piece: " + pieces);
    }
    Objects.requireNonNull(firstItem, "firstItem");
    Objects.requireNonNull(additionalItem, "additionalItem");
    return Money.canonical(firstItem.add(additionalItem.multiply(BigDecimal.valueOf(pieces - 1L))));
  }
}
