package org.handmademarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.handmademarket.search.SearchResults.Correction;
import org.junit.jupiter.api.Test;

class SearchResultsTest {

  @Test
  void replacesTheMisspelledWordsWhereTheyStand() {
    assertEquals(
        Optional.of("silver necklace"),
        SearchResults.correct("silver neckalce", List.of(new Correction(7, 8, "necklace"))));
    assertEquals(
        Optional.of("wool scarf necklace"),
        SearchResults.correct(
            "wol scarf neckalce",
            List.of(new Correction(10, 8, "necklace"), new Correction(0, 3, "wool"))));
  }

  @Test
  void saysNothingWithoutACorrection() {
    assertEquals(Optional.empty(), SearchResults.correct("necklace", List.of()));
    assertEquals(
        Optional.empty(),
        SearchResults.correct("necklace", List.of(new Correction(0, 8, "Necklace"))));
    assertEquals(
        Optional.empty(), SearchResults.correct("mug", List.of(new Correction(2, 8, "mugs"))));
  }
}
