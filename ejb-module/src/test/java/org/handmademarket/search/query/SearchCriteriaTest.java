package org.handmademarket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchCriteriaTest {

  @Test
  void defaultsToBrowsingTheFirstPageByRelevance() {
    SearchCriteria criteria = parse(null, null, null, null, null, null, null, null);

    assertEquals("", criteria.q());
    assertTrue(criteria.browsing());
    assertNull(criteria.category());
    assertNull(criteria.isVintage());
    assertEquals(1, criteria.page());
    assertEquals(SearchCriteria.DEFAULT_PAGE_SIZE, criteria.pageSize());
    assertEquals(SearchSort.RELEVANCE, criteria.sort());
    assertEquals(0, criteria.from());
  }

  @Test
  void normalisesWordsCaseSpacingAndAccents() {
    String decomposed = "Cafe\u0301";
    SearchCriteria criteria =
        parse(
            "  Blue\t  " + decomposed + "  MUG ",
            " Ceramics ",
            null,
            null,
            "TRUE",
            " 2 ",
            "30",
            "Newest");

    assertEquals("blue café mug", criteria.q());
    assertEquals("ceramics", criteria.category());
    assertEquals(Boolean.TRUE, criteria.isVintage());
    assertEquals(30, criteria.from());
    assertEquals(SearchSort.NEWEST, criteria.sort());
  }

  @Test
  void normalisesPricesSoThatEqualAmountsShareACacheEntry() {
    SearchCriteria a = parse("mug", null, "10", "25.50", null, null, null, null);
    SearchCriteria b = parse("MUG ", null, "10.00", "2.55E+1", null, "1", "24", "relevance");

    assertEquals(0, a.minPrice().compareTo(BigDecimal.TEN));
    assertEquals(a, b);
    assertEquals(a.cacheKey(), b.cacheKey());
    assertEquals(
        BigDecimal.ZERO, parse(null, null, "0.00", null, null, null, null, null).minPrice());
  }

  @Test
  void cacheKeysDifferWhenAnyCriterionDiffers() {
    SearchCriteria base = parse("mug", "ceramics", "5", "50", "true", "2", "12", "price_asc");
    List<SearchCriteria> variants =
        List.of(
            parse("mugs", "ceramics", "5", "50", "true", "2", "12", "price_asc"),
            parse("mug", "mugs", "5", "50", "true", "2", "12", "price_asc"),
            parse("mug", "ceramics", "6", "50", "true", "2", "12", "price_asc"),
            parse("mug", "ceramics", "5", "51", "true", "2", "12", "price_asc"),
            parse("mug", "ceramics", "5", "50", "false", "2", "12", "price_asc"),
            parse("mug", "ceramics", "5", "50", null, "2", "12", "price_asc"),
            parse("mug", "ceramics", "5", "50", "true", "3", "12", "price_asc"),
            parse("mug", "ceramics", "5", "50", "true", "2", "13", "price_asc"),
            parse("mug", "ceramics", "5", "50", "true", "2", "12", "price_desc"));
    for (SearchCriteria variant : variants) {
      assertNotEquals(base.cacheKey(), variant.cacheKey(), variant.toString());
    }
    assertTrue(base.cacheKey().matches("[0-9a-f]{32}"));
  }

  @ParameterizedTest(name = "{0}={1} is refused")
  @CsvSource({
    "minPrice, abc",
    "minPrice, -1",
    "maxPrice, '12,5'",
    "maxPrice, 99999999999",
    "isVintage, maybe",
    "page, 0",
    "page, 101",
    "page, two",
    "pageSize, 0",
    "pageSize, 61",
    "sort, cheapest",
    "category, Home Decor!",
    "category, -jewelry"
  })
  void refusesABadParameterByName(String field, String value) {
    Map<String, String> raw = new java.util.HashMap<>();
    raw.put(field, value);
    MarketplaceException refusal =
        assertThrows(
            MarketplaceException.class,
            () ->
                SearchCriteria.parse(
                    raw.get("q"),
                    raw.get("category"),
                    raw.get("minPrice"),
                    raw.get("maxPrice"),
                    raw.get("isVintage"),
                    raw.get("page"),
                    raw.get("pageSize"),
                    raw.get("sort")));

    assertEquals(ProblemType.VALIDATION, refusal.type());
    assertEquals(List.of(field), fields(refusal));
  }

  @Test
  void refusesAnOversizedQuery() {
    String longest = "a".repeat(SearchCriteria.MAX_QUERY_LENGTH);
    assertEquals(longest, parse(longest, null, null, null, null, null, null, null).q());

    MarketplaceException refusal =
        assertThrows(
            MarketplaceException.class,
            () -> parse(longest + "b", null, null, null, null, null, null, null));
    assertEquals(List.of("q"), fields(refusal));
  }

  @Test
  void refusesAMinimumAboveTheMaximum() {
    MarketplaceException refusal =
        assertThrows(
            MarketplaceException.class,
            () -> parse(null, null, "50", "25", null, null, null, null));

    assertEquals(List.of("minPrice"), fields(refusal));
  }

  @Test
  void reportsEveryBadParameterAtOnce() {
    MarketplaceException refusal =
        assertThrows(
            MarketplaceException.class, () -> parse(null, null, "x", "y", "z", "0", "100", "best"));

    assertEquals(
        List.of("minPrice", "maxPrice", "isVintage", "page", "pageSize", "sort"), fields(refusal));
  }

  @Test
  void countsOnlyReachablePages() {
    SearchCriteria criteria = parse(null, null, null, null, null, null, "24", null);

    assertEquals(0, criteria.totalPages(0));
    assertEquals(1, criteria.totalPages(24));
    assertEquals(2, criteria.totalPages(25));
    assertEquals(SearchCriteria.MAX_PAGE, criteria.totalPages(200_000));
  }

  private static SearchCriteria parse(
      String q,
      String category,
      String min,
      String max,
      String vintage,
      String page,
      String size,
      String sort) {
    return SearchCriteria.parse(q, category, min, max, vintage, page, size, sort);
  }

  @SuppressWarnings("unchecked")
  static List<String> fields(MarketplaceException refusal) {
    return ((List<Map<String, String>>) refusal.details().get("errors"))
        .stream().map(error -> error.get("field")).toList();
  }
}
