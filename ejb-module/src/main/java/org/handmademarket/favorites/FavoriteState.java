package org.handmademarket.favorites;

/** Whether the caller has favorited a listing or shop, and how many shoppers have. */
public record FavoriteState(boolean favorited, int favoriteCount) {}
