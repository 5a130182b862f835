package org.handmademarket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.handmademarket.platform.errors.MarketplaceException;
import org.junit.jupiter.api.Test;

class SuggestQueryTest {

  @Test
  void normalisesThePrefix() {
    assertEquals("blue ca\u0301".length() - 1, SuggestQuery.prefix("  Blue   Ca\u0301 ").length());
    assertEquals("blue cá", SuggestQuery.prefix("  Blue   Ca\u0301 "));
  }

  @Test
  void refusesAMissingOrOversizedPrefixNamingQ() {
    for (String bad : new String[] {null, "   ", "x".repeat(SuggestQuery.MAX_PREFIX_LENGTH + 1)}) {
      MarketplaceException refusal =
          assertThrows(MarketplaceException.class, () -> SuggestQuery.prefix(bad));
      assertEquals(List.of("q"), SearchCriteriaTest.fields(refusal));
    }
  }
}
