package org.handmademarket.favorites;

import java.util.List;

/** A shopper's favorites, newest first. */
public record FavoritesView(List<ProductCard> products, List<ShopCard> shops) {}
