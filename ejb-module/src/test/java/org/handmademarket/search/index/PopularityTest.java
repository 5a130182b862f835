package org.handmademarket.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PopularityTest {

  @Test
  void weighsRatingAndSalesAsTheRankingDoes() {
    assertEquals(0, Popularity.weight(0, 0));
    // sqrt(1.5 * 4) = 2.449, log10(1 + 1.2 * 100) = 2.083
    assertEquals(45, Popularity.weight(4.0, 100));
    assertTrue(
        Popularity.weight(4.9, 10) > Popularity.weight(3.0, 10), "a better rating weighs more");
  }
}
