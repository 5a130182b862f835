package org.handmademarket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request sent to Elasticsearch, as JSON: the design's query, filters, facets and sorts. */
class ProductQueryTest {

  @Test
  void matchesTheWordsWithTyposAndRewardsTheExactPhrase() {
    JsonObject bool =
        functionScore(search("silver necklace")).getJsonObject("query").getJsonObject("bool");

    JsonObject fuzzy = bool.getJsonArray("must").getJsonObject(0).getJsonObject("multi_match");
    assertEquals("silver necklace", fuzzy.getString("query"));
    assertEquals(
        List.of("title^3", "tags^2", "description"), strings(fuzzy.getJsonArray("fields")));
    assertEquals("AUTO", fuzzy.getString("fuzziness"));
    assertEquals(2, fuzzy.getInt("prefix_length"));

    JsonObject phrase = bool.getJsonArray("should").getJsonObject(0).getJsonObject("multi_match");
    assertEquals("phrase", phrase.getString("type"));
    assertEquals(
        List.of("title^3", "tags^2", "description"), strings(phrase.getJsonArray("fields")));
    assertTrue(phrase.getJsonNumber("boost").doubleValue() > 1);
  }

  @Test
  void boostsByShopRatingListingRatingAndSalesAddedToTheTextScore() {
    JsonObject functionScore = functionScore(search("mug"));
    JsonArray functions = functionScore.getJsonArray("functions");

    JsonObject rating = functions.getJsonObject(0).getJsonObject("field_value_factor");
    assertEquals("shopRating", rating.getString("field"));
    assertEquals("sqrt", rating.getString("modifier"));
    assertEquals(1.5, rating.getJsonNumber("factor").doubleValue());
    JsonObject listing = functions.getJsonObject(1).getJsonObject("field_value_factor");
    assertEquals("ratingScore", listing.getString("field"));
    assertEquals("none", listing.getString("modifier"));
    assertEquals(1.0, listing.getJsonNumber("factor").doubleValue());
    JsonObject sales = functions.getJsonObject(2).getJsonObject("field_value_factor");
    assertEquals("shopSalesCount", sales.getString("field"));
    assertEquals("log1p", sales.getString("modifier"));
    assertEquals(1.2, sales.getJsonNumber("factor").doubleValue());
    assertEquals("sum", functionScore.getString("score_mode"));
    assertEquals("sum", functionScore.getString("boost_mode"));
  }

  @Test
  void alwaysShowsOnlyListingsInStock() {
    JsonArray filters =
        functionScore(search(""))
            .getJsonObject("query")
            .getJsonObject("bool")
            .getJsonArray("filter");

    assertEquals(1, filters.size());
    assertEquals(
        0, filters.getJsonObject(0).getJsonObject("range").getJsonObject("quantity").getInt("gt"));
  }

  @Test
  void fourStarsAndUpFiltersOnTheListingsAverageAndRatingSortsByTheBayesianScore() {
    JsonObject search =
        render(SearchCriteria.parse("mug", null, null, null, null, "4", null, null, "rating"));
    JsonArray filters =
        functionScore(search).getJsonObject("query").getJsonObject("bool").getJsonArray("filter");

    assertEquals(
        4.0,
        filters
            .getJsonObject(0)
            .getJsonObject("range")
            .getJsonObject("rating")
            .getJsonNumber("gte")
            .doubleValue());
    JsonArray sort = search.getJsonArray("sort");
    assertEquals("desc", sort.getJsonObject(0).getJsonObject("ratingScore").getString("order"));
    assertEquals("desc", sort.getJsonObject(1).getJsonObject("ratingCount").getString("order"));
  }

  @Test
  void browsingWithoutWordsHasNoTextClauses() {
    JsonObject bool = functionScore(search("")).getJsonObject("query").getJsonObject("bool");

    assertFalse(bool.containsKey("must"));
    assertFalse(bool.containsKey("should"));
  }

  @Test
  void filtersByCategoryTreeAndVintage() {
    JsonObject request =
        render(SearchCriteria.parse("lamp", "home-decor", null, null, "true", null, null, null));
    JsonArray filters =
        functionScore(request).getJsonObject("query").getJsonObject("bool").getJsonArray("filter");

    assertEquals(
        "home-decor",
        filters
            .getJsonObject(0)
            .getJsonObject("term")
            .getJsonObject("category.path")
            .getString("value"));
    assertTrue(
        filters
            .getJsonObject(1)
            .getJsonObject("term")
            .getJsonObject("isVintage")
            .getBoolean("value"));
  }

  @Test
  void filtersPriceAfterTheFacetsSoThatThePriceFacetKeepsItsOtherRanges() {
    JsonObject request =
        render(SearchCriteria.parse("mug", null, "25", "50", null, null, null, null));

    JsonObject price =
        request.getJsonObject("post_filter").getJsonObject("range").getJsonObject("price");
    assertEquals(25, price.getJsonNumber("gte").intValue());
    assertEquals(50, price.getJsonNumber("lt").intValue(), "half-open, as the facet's buckets");
    assertFalse(price.containsKey("lte"), "a price of exactly 50 is in the next bucket only");
    JsonObject categories = request.getJsonObject("aggregations").getJsonObject("categories");
    assertEquals(
        price,
        categories.getJsonObject("filter").getJsonObject("range").getJsonObject("price"),
        "the category facet counts within the price range");
  }

  @Test
  void facetsTopLevelCategoriesOrTheSubCategoriesOfTheChosenOne() {
    JsonObject all = render(SearchCriteria.parse("mug", null, null, null, null, null, null, null));
    JsonObject within =
        render(SearchCriteria.parse("mug", "ceramics", null, null, null, null, null, null));

    assertEquals("category.top", categoryTerms(all).getString("field"));
    assertEquals(20, categoryTerms(all).getInt("size"));
    assertEquals("category.slug", categoryTerms(within).getString("field"));
    assertTrue(
        all.getJsonObject("aggregations")
            .getJsonObject("categories")
            .getJsonObject("filter")
            .containsKey("match_all"));
  }

  @Test
  void countsTheFourPriceRanges() {
    JsonArray ranges =
        search("mug")
            .getJsonObject("aggregations")
            .getJsonObject("priceRanges")
            .getJsonObject("range")
            .getJsonArray("ranges");

    assertEquals(4, ranges.size());
    assertEquals("Under $25", ranges.getJsonObject(0).getString("key"));
    assertEquals(25, ranges.getJsonObject(0).getJsonNumber("to").intValue());
    assertFalse(ranges.getJsonObject(0).containsKey("from"));
    assertEquals("$25 to $50", ranges.getJsonObject(1).getString("key"));
    assertEquals("$50 to $100", ranges.getJsonObject(2).getString("key"));
    assertEquals("Over $100", ranges.getJsonObject(3).getString("key"));
    assertEquals(100, ranges.getJsonObject(3).getJsonNumber("from").intValue());
  }

  @Test
  void sortsAndPages() {
    JsonObject request =
        render(SearchCriteria.parse("mug", null, null, null, null, "3", "10", "price_asc"));

    assertEquals(20, request.getInt("from"));
    assertEquals(10, request.getInt("size"));
    JsonObject relevanceFourth =
        render(SearchCriteria.parse("mug", null, null, null, null, "4", "10", null));
    assertEquals(30, relevanceFourth.getInt("from"));
    assertEquals(10, relevanceFourth.getInt("size"));
    JsonObject relevanceSecond =
        render(SearchCriteria.parse("mug", null, null, null, null, "2", "10", null));
    assertEquals(0, relevanceSecond.getInt("from"), "the first pages are one window");
    assertEquals(30, relevanceSecond.getInt("size"));
    assertEquals(
        "asc",
        request.getJsonArray("sort").getJsonObject(0).getJsonObject("price").getString("order"));
    assertEquals(
        "desc",
        render(SearchCriteria.parse("mug", null, null, null, null, null, null, "newest"))
            .getJsonArray("sort")
            .getJsonObject(0)
            .getJsonObject("createdAt")
            .getString("order"));
    assertTrue(search("mug").getJsonArray("sort").getJsonObject(0).containsKey("_score"));
    assertTrue(request.getBoolean("track_total_hits"));
  }

  @Test
  void asksForTheIndexsSpellingAndWhetherAHitMatchedTheWordsAsTyped() {
    JsonObject request = search("neckalce");
    JsonObject spelling =
        request.getJsonObject("suggest").getJsonObject(ProductQuery.SPELLING).getJsonObject("term");
    assertEquals("neckalce", request.getJsonObject("suggest").getString("text"));
    assertEquals("title", spelling.getString("field"));
    assertEquals("missing", spelling.getString("suggest_mode"));
    assertEquals("product_text", spelling.getString("analyzer"));

    JsonObject asTyped =
        functionScore(request)
            .getJsonObject("query")
            .getJsonObject("bool")
            .getJsonArray("should")
            .getJsonObject(1)
            .getJsonObject("multi_match");
    assertEquals(ProductQuery.AS_TYPED, asTyped.getString("_name"), asTyped::toString);
    assertFalse(asTyped.containsKey("fuzziness"));
    assertEquals("and", asTyped.getString("operator").toLowerCase(), "every word as typed");
    assertEquals(0, asTyped.getJsonNumber("boost").doubleValue(), "adds nothing to the score");
    assertFalse(search("").containsKey("suggest"), "browsing has no words to correct");
  }

  @Test
  void suggestsExactCompletionsAndCompletionsWithinATypo() {
    JsonObject request =
        json(
            JsonpUtils.toJsonString(
                SuggestQuery.build("neckl", "products"), new JsonbJsonpMapper()));
    JsonObject suggest = request.getJsonObject("suggest");

    assertEquals("neckl", suggest.getString("text"));
    JsonObject exact = suggest.getJsonObject(SuggestQuery.EXACT).getJsonObject("completion");
    assertEquals("suggest", exact.getString("field"));
    assertFalse(exact.containsKey("fuzzy"));
    JsonObject fuzzy = suggest.getJsonObject(SuggestQuery.FUZZY).getJsonObject("completion");
    assertEquals("AUTO", fuzzy.getJsonObject("fuzzy").getString("fuzziness"));
    assertEquals(0, request.getInt("size"));
  }

  private static JsonObject search(String q) {
    return render(SearchCriteria.parse(q, null, null, null, null, null, null, null));
  }

  private static JsonObject render(SearchCriteria criteria) {
    return json(
        JsonpUtils.toJsonString(ProductQuery.build(criteria, "products"), new JsonbJsonpMapper()));
  }

  private static JsonObject functionScore(JsonObject request) {
    return request.getJsonObject("query").getJsonObject("function_score");
  }

  private static JsonObject categoryTerms(JsonObject request) {
    return request
        .getJsonObject("aggregations")
        .getJsonObject("categories")
        .getJsonObject("aggregations")
        .getJsonObject("values")
        .getJsonObject("terms");
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonValue.class).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }
}
