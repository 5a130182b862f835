package org.handmademarket.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.handmademarket.feed.Preferences.CategoryTaste;
import org.handmademarket.feed.ShopperPreferences.Taste;
import org.junit.jupiter.api.Test;

class ShopperPreferencesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  private static final CategoryTaste FURNITURE =
      new CategoryTaste("furniture", "Furniture", new BigDecimal("420.00"));
  private static final CategoryTaste ART = new CategoryTaste("art", "Art", new BigDecimal("348"));
  private static final CategoryTaste JEWELRY =
      new CategoryTaste("necklaces", "Necklaces", new BigDecimal("60"));

  @Test
  void theLatestInterestTakesTheLastPlaceWhenTheHeaviestOnesFillTheTop() {
    List<Taste> byWeight =
        List.of(
            new Taste(FURNITURE, NOW.minusSeconds(3_600)),
            new Taste(ART, NOW.minusSeconds(7_200)),
            new Taste(JEWELRY, NOW));

    assertEquals(List.of(FURNITURE, JEWELRY), ShopperPreferences.pick(byWeight, 2));
  }

  @Test
  void theHeaviestCategoriesWhenTheLatestInterestIsAmongThem() {
    List<Taste> byWeight =
        List.of(
            new Taste(FURNITURE, NOW.minusSeconds(3_600)),
            new Taste(ART, NOW),
            new Taste(JEWELRY, NOW.minusSeconds(86_400)));

    assertEquals(List.of(FURNITURE, ART), ShopperPreferences.pick(byWeight, 2));
    assertEquals(List.of(FURNITURE), ShopperPreferences.pick(byWeight.subList(0, 1), 2));
    assertEquals(List.of(), ShopperPreferences.pick(List.of(), 2));
  }
}
