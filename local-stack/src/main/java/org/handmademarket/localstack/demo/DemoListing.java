package org.handmademarket.localstack.demo;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code products} with its tags, materials and images (in display order). The price is in
 * cents: exact, and cheap to format for COPY.
 */
record DemoListing(
    long id,
    long shopId,
    long categoryId,
    String title,
    String description,
    long priceCents,
    int quantity,
    boolean vintage,
    boolean handmade,
    ListingStatus status,
    int favoriteCount,
    Instant createdAt,
    Instant updatedAt,
    List<String> tags,
    List<String> materials,
    List<DemoImage> images) {}
