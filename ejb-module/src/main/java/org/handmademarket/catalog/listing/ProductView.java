package org.handmademarket.catalog.listing;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.handmademarket.catalog.shop.ShopSummary;

/** A listing's page: the item, its photos in gallery order, its category and its shop. */
public record ProductView(
    long id,
    String title,
    String description,
    BigDecimal price,
    int quantity,
    String status,
    boolean vintage,
    boolean handmade,
    @Nullable CategoryRef category,
    List<String> tags,
    List<String> materials,
    List<ImageView> images,
    ShopSummary shop,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
