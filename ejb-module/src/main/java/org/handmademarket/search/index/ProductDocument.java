package org.handmademarket.search.index;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A listing as the products index stores it (its {@code _source}); field names match the mappings
 * in {@code elasticsearch/products-index.json}. {@code price} keeps the exact decimal from
 * PostgreSQL in the source; the index sorts and filters on it as a double.
 *
 * @param rating the average of the listing's visible reviews, 0 without any
 * @param ratingScore the {@link BayesianRating} ranking and the rating sort use
 * @param suggest completion inputs; absent for listings out of stock, which are never suggested
 */
public record ProductDocument(
    long id,
    String title,
    String description,
    List<String> tags,
    List<String> materials,
    Category category,
    long shopId,
    String shopName,
    String shopSlug,
    double shopRating,
    int shopSalesCount,
    BigDecimal price,
    @JsonbProperty("isVintage") boolean isVintage,
    @JsonbProperty("isHandmade") boolean isHandmade,
    int quantity,
    Instant createdAt,
    String image,
    double rating,
    int ratingCount,
    double ratingScore,
    Completion suggest) {

  /**
   * @param top the top-level category's slug (the listing's own slug when it is top-level)
   * @param path the slugs from the top-level category down to the listing's own
   */
  public record Category(String slug, String name, String top, List<String> path) {}

  /** Completion-suggester inputs with the weight that orders equally good completions. */
  public record Completion(List<String> input, int weight) {}
}
