package org.handmademarket.favorites;

import jakarta.annotation.Nullable;

/**
 * A shop as a favorites list shows it.
 *
 * @param logoUrl the logo's grid copy; absent for a shop without a logo
 * @param tagline absent when the shop has none
 * @param listingCount listings that can be bought now
 */
public record ShopCard(
    long id,
    String slug,
    String name,
    @Nullable String logoUrl,
    @Nullable String location,
    @Nullable String tagline,
    int favoriteCount,
    long listingCount) {}
