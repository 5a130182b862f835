package org.handmademarket.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyAndSlugTest {

  @Test
  void pricesKeepTwoDecimals() {
    assertEquals("12.50", new Money(new BigDecimal("12.5")).amount().toPlainString());
    assertEquals("7.00", new Money(new BigDecimal("7")).amount().toPlainString());
    assertThrows(IllegalArgumentException.class, () -> new Money(new BigDecimal("9.999")));
  }

  @Test
  void sellersAskBetweenOneCentAndOneHundredThousand() {
    assertTrue(Money.isValidPrice(new BigDecimal("0.01")));
    assertTrue(Money.isValidPrice(new BigDecimal("100000.00")));
    assertTrue(Money.isValidPrice(new BigDecimal("19.90")));
    assertFalse(Money.isValidPrice(new BigDecimal("0.00")));
    assertFalse(Money.isValidPrice(new BigDecimal("100000.01")));
    assertFalse(Money.isValidPrice(new BigDecimal("5.005")));
    assertFalse(Money.isValidPrice(null));
  }

  @Test
  void slugsAreMadeFromNames() {
    assertEquals(
        "emile-s-ceramics-co", Slug.fromName("Émile's Ceramics & Co.").orElseThrow().value());
    assertEquals(
        "wool-and-wood-2024", Slug.fromName("  Wool   and Wood -- 2024 ").orElseThrow().value());
    assertEquals(Optional.empty(), Slug.fromName("★☆★"));
    assertEquals(Slug.MAX_LENGTH, Slug.fromName("a".repeat(200)).orElseThrow().value().length());
  }

  @Test
  void slugsFollowTheDatabaseRule() {
    assertTrue(Slug.isValid("maker-goods"));
    assertFalse(Slug.isValid("Maker-Goods"));
    assertFalse(Slug.isValid("maker--goods"));
    assertFalse(Slug.isValid("-maker"));
    assertFalse(Slug.isValid("maker goods"));
    assertFalse(Slug.isValid("a".repeat(Slug.MAX_LENGTH + 1)));
  }
}
