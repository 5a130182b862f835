package org.handmademarket.localstack.demo;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code shops}, plus what the listing generator needs to stay coherent with it: the
 * shop's main and side categories, whether it is a vintage dealer, and how many listings it has.
 */
record DemoShop(
    long id,
    long ownerId,
    String ownerName,
    String name,
    String slug,
    String tagline,
    String description,
    String city,
    String country,
    String shippingPolicy,
    BigDecimal rating,
    int ratingCount,
    int salesCount,
    int favoriteCount,
    Instant createdAt,
    CategoryVocabulary mainCategory,
    CategoryVocabulary sideCategory,
    boolean vintageDealer,
    int listingCount) {

  /** The shop's location as shown on its page. */
  String location() {
    return city + ", " + country;
  }
}
