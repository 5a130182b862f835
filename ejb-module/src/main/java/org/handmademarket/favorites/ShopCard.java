package org.handmademarket.favorites;

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
    String logoUrl,
    String location,
    String tagline,
    int favoriteCount,
    long listingCount) {}
