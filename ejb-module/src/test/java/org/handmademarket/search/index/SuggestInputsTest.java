package org.handmademarket.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestInputsTest {

  @Test
  void offersTheTitleFromEachOfItsFirstWords() {
    assertEquals(
        List.of("Hand-stitched leather wallet", "leather wallet", "wallet"),
        SuggestInputs.of("  Hand-stitched   leather wallet "));
  }

  @Test
  void skipsTooShortEndingsAndStopsAfterFiveInputs() {
    assertEquals(List.of("Big red ox", "red ox"), SuggestInputs.of("Big red ox"));
    assertEquals(5, SuggestInputs.of("one two three four five six seven eight").size());
  }
}
