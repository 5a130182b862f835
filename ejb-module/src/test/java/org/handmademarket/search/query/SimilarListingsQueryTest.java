package org.handmademarket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A category section's ranking: price closeness blended with the shop's reputation and tags. */
class SimilarListingsQueryTest {

  @Test
  void aCategorySectionBlendsClosenessToThePriceWithReputation() {
    JsonObject functionScore =
        json(SimilarListingsQuery.inCategory(
                "art", new BigDecimal("348"), List.of("oil"), Set.of(7L)))
            .getJsonObject("function_score");
    JsonArray functions = functionScore.getJsonArray("functions");

    Set<String> kinds =
        functions.getValuesAs(JsonObject.class).stream()
            .map(
                f ->
                    f.containsKey("gauss")
                        ? "price"
                        : f.getJsonObject("field_value_factor").getString("field"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("price", "shopRating", "shopSalesCount"), kinds);
    assertEquals("sum", functionScore.getString("score_mode"));
    assertEquals("sum", functionScore.getString("boost_mode"), "not closeness times the rest");
    JsonObject price =
        functions.getValuesAs(JsonObject.class).stream()
            .filter(f -> f.containsKey("gauss"))
            .findFirst()
            .orElseThrow();
    assertEquals(348, price.getJsonObject("gauss").getJsonObject("price").getInt("origin"));
    assertTrue(
        functionScore.getJsonObject("query").getJsonObject("bool").containsKey("should"),
        "the shopper's tags lift a listing");
  }

  @Test
  void withoutAPriceReputationAndTagsRank() {
    JsonArray functions =
        json(SimilarListingsQuery.inCategory("art", null, List.of(), Set.of()))
            .getJsonObject("function_score")
            .getJsonArray("functions");

    assertEquals(2, functions.size());
  }

  private static JsonObject json(co.elastic.clients.elasticsearch._types.query_dsl.Query query) {
    String text = JsonpUtils.toJsonString(query, new JsonbJsonpMapper());
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
