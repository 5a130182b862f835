package org.handmademarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.handmademarket.search.index.ProductDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON shapes that leave the application: documents for the index, results for clients and the
 * cache.
 */
class SearchJsonTest {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  @Test
  void resultsUseTheDesignsNamesAndSurviveTheCache() {
    SearchResult result =
        new SearchResult(
            List.of(
                new ProductHit(
                    7,
                    3.5,
                    "Green velvet sofa",
                    new BigDecimal("899.00"),
                    "/api/images/t/7.webp",
                    "Parlour & Co",
                    "parlour-co",
                    true,
                    false,
                    "sofas",
                    "Sofas",
                    1,
                    4.67,
                    3)),
            1,
            1,
            24,
            1,
            new SearchFacets(
                List.of(new FacetCount("vintage-furniture", 1)),
                List.of(new FacetCount("Under $25", 0), new FacetCount("Over $100", 1))),
            "velvet sofa");

    String json = JSONB.toJson(result);

    assertTrue(json.contains("\"isVintage\":true"), json);
    assertTrue(json.contains("\"isHandmade\":false"), json);
    assertTrue(json.contains("\"doc_count\":1"), json);
    assertTrue(json.contains("\"price\":899.00"), json);
    assertEquals(result, JSONB.fromJson(json, SearchResult.class));
  }

  @Test
  void documentsKeepTheExactPriceAndTheIndexFieldNames() {
    ProductDocument document =
        new ProductDocument(
            7,
            "Mug",
            "A mug",
            List.of("coffee"),
            List.of("stoneware"),
            new ProductDocument.Category(
                "mugs", "Mugs & Cups", "ceramics", List.of("ceramics", "mugs")),
            3,
            "Kiln",
            "kiln",
            4.5,
            12,
            new BigDecimal("24.99"),
            false,
            true,
            2,
            Instant.parse("2026-11-25T10:15:30Z"),
            "t/7.webp",
            4.67,
            3,
            4.15,
            new ProductDocument.Completion(List.of("Mug"), 40));

    String json = JSONB.toJson(document);

    assertTrue(json.contains("\"isVintage\":false"), json);
    assertTrue(json.contains("\"price\":24.99"), json);
    assertTrue(json.contains("\"createdAt\":\"2026-11-25T10:15:30Z\""), json);
    assertEquals(document, JSONB.fromJson(json, ProductDocument.class));
  }
}
