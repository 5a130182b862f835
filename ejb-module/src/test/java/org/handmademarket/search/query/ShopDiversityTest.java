package org.handmademarket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShopDiversityTest {

  /** A hit named by its shop and its rank, e.g. "a3". */
  private static String shopOf(String hit) {
    return hit.substring(0, 1);
  }

  private static List<String> ranking(String... shops) {
    List<String> hits = new ArrayList<>();
    for (int i = 0; i < shops.length; i++) {
      hits.add(shops[i] + i);
    }
    return hits;
  }

  @Test
  void oneShopDoesNotFillTheFirstPageWhileOthersMatch() {
    // Shop a has the 12 best hits; b and c follow.
    List<String> window = new ArrayList<>();
    for (int i = 0; i < 12; i++) window.add("a" + i);
    for (int i = 12; i < 18; i++) window.add((i % 2 == 0 ? "b" : "c") + i);

    List<String> first = ShopDiversity.reorder(window, ShopDiversityTest::shopOf, 6).subList(0, 6);

    assertEquals(List.of("a0", "a1", "b12", "c13", "b14", "c15"), first);
  }

  @Test
  void pagesOfTheWindowHoldEveryHitOnceInOrder() {
    List<String> window =
        ranking("a", "a", "a", "a", "a", "a", "b", "a", "a", "c", "a", "a", "a", "b", "a");
    SearchCriteria page1 = SearchCriteria.parse("x", null, null, null, null, "1", "5", null);
    SearchCriteria page2 = SearchCriteria.parse("x", null, null, null, null, "2", "5", null);
    SearchCriteria page3 = SearchCriteria.parse("x", null, null, null, null, "3", "5", null);

    List<String> all = new ArrayList<>();
    all.addAll(ShopDiversity.page(window, ShopDiversityTest::shopOf, page1));
    all.addAll(ShopDiversity.page(window, ShopDiversityTest::shopOf, page2));
    all.addAll(ShopDiversity.page(window, ShopDiversityTest::shopOf, page3));

    assertEquals(window.size(), all.size());
    assertEquals(new HashSet<>(window), new HashSet<>(all));
    assertEquals(List.of("a0", "a1", "b6", "c9", "b13"), all.subList(0, 5));
    // After the first page, the set-aside hits in their order.
    assertEquals(List.of("a2", "a3", "a4", "a5", "a7"), all.subList(5, 10));
  }

  @Test
  void aShopAloneStillFillsThePage() {
    List<String> window = ranking("a", "a", "a", "a", "a", "a", "a", "a");

    List<String> first = ShopDiversity.reorder(window, ShopDiversityTest::shopOf, 4).subList(0, 4);

    Set<String> expected = Set.of("a0", "a1", "a2", "a3");
    assertEquals(expected, new HashSet<>(first));
  }

  @Test
  void appliesToTheFirstPagesOfARelevanceSearchOnly() {
    assertTrue(
        ShopDiversity.applies(SearchCriteria.parse("x", null, null, null, null, "3", null, null)));
    assertFalse(
        ShopDiversity.applies(SearchCriteria.parse("x", null, null, null, null, "4", null, null)));
    assertFalse(
        ShopDiversity.applies(
            SearchCriteria.parse("x", null, null, null, null, null, null, "newest")));
    assertEquals(4, ShopDiversity.perShop(24));
    assertEquals(2, ShopDiversity.perShop(6));
  }
}
