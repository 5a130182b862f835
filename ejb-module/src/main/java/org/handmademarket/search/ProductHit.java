package org.handmademarket.search;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;

/**
 * A listing as a search result card shows it.
 *
 * @param score the relevance score; absent when sorting by price or date
 * @param image URL of the first image's thumbnail; absent for a listing without images
 * @param category the category's slug
 * @param quantity how many are left (always at least 1: search shows only what is in stock)
 * @param rating the average stars of the listing's visible reviews, 0 without any
 * @param ratingCount how many visible reviews it has
 */
public record ProductHit(
    long id,
    @Nullable Double score,
    String title,
    BigDecimal price,
    @Nullable String image,
    String shopName,
    @Nullable String shopSlug,
    @JsonbProperty("isVintage") boolean isVintage,
    @JsonbProperty("isHandmade") boolean isHandmade,
    @Nullable String category,
    @Nullable String categoryName,
    int quantity,
    double rating,
    int ratingCount) {}
