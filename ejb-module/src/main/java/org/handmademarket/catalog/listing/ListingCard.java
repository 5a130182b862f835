package org.handmademarket.catalog.listing;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A listing in a grid: enough to draw its card and link to its page. */
public record ListingCard(
    long id,
    String title,
    BigDecimal price,
    int quantity,
    String status,
    boolean vintage,
    boolean handmade,
    @Nullable String thumbnailUrl,
    OffsetDateTime createdAt) {}
