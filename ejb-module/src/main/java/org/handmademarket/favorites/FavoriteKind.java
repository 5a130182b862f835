package org.handmademarket.favorites;

import java.util.OptionalInt;
import org.handmademarket.catalog.storefront.FavoriteCounts;

/**
 * What can be favorited, and where its count lives: the catalogue keeps the counts on its listings
 * and shops; {@link #visibleCount} finds only what shoppers may see (a listing on sale or sold out
 * in an active shop, an active shop).
 */
enum FavoriteKind {
  PRODUCT("listing") {
    @Override
    OptionalInt visibleCount(FavoriteCounts counts, long id) {
      return counts.ofVisibleListing(id);
    }

    @Override
    int count(FavoriteCounts counts, long id) {
      return counts.ofListing(id);
    }

    @Override
    void change(FavoriteCounts counts, long id, int by) {
      counts.changeListing(id, by);
    }
  },
  SHOP("shop") {
    @Override
    OptionalInt visibleCount(FavoriteCounts counts, long id) {
      return counts.ofVisibleShop(id);
    }

    @Override
    int count(FavoriteCounts counts, long id) {
      return counts.ofShop(id);
    }

    @Override
    void change(FavoriteCounts counts, long id, int by) {
      counts.changeShop(id, by);
    }
  };

  final String noun;

  FavoriteKind(String noun) {
    this.noun = noun;
  }

  abstract OptionalInt visibleCount(FavoriteCounts counts, long id);

  abstract int count(FavoriteCounts counts, long id);

  abstract void change(FavoriteCounts counts, long id, int by);
}
