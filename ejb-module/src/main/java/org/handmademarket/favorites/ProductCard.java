package org.handmademarket.favorites;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;

/**
 * A listing as a card shows it: the fields of a search hit, plus how many shoppers favorited it.
 *
 * @param image URL of the first image's thumbnail; absent for a listing without images
 * @param category the category's slug
 * @param quantity how many are left (0 for a sold-out favorite)
 */
public record ProductCard(
    long id,
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
    int favoriteCount) {}
