package org.handmademarket.localstack.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the demo shoppers have done: favourite products and shops, and a recent browsing history, so
 * that signing in as a shopper shows a lived-in account and a home feed of their own. Each demo
 * shopper has a taste (two categories most of their favourites and views come from), so that their
 * feed visibly follows it. The sellers, who shop too, have looked at a few listings each, most of
 * them from a small set of the moment's favourites, so that trending has a head.
 */
final class ShopperActivity {

  /** A favourite of a product or a shop ({@code favoritable_type} PRODUCT or SHOP). */
  record Favorite(long userId, String type, long targetId, Instant createdAt) {}

  /** A product page a shopper looked at. */
  record View(long userId, long productId, Instant viewedAt) {}

  /** Listings the sellers' browsing concentrates on. */
  static final int HOT_LISTINGS = 40;

  /** Share of a demo shopper's favourites and views that come from their two categories. */
  static final double TASTE = 0.75;

  private final List<Favorite> favorites = new ArrayList<>();
  private final List<View> views = new ArrayList<>();

  private ShopperActivity() {}

  /**
   * @param activeProducts ids of the listings shoppers can see, in ascending order
   * @param activeCategories the category of each of {@code activeProducts}
   */
  static ShopperActivity generate(
      long seed,
      Instant base,
      List<Long> shoppers,
      long[] activeProducts,
      long[] activeCategories,
      List<DemoShop> shops) {
    ShopperActivity activity = new ShopperActivity();
    if (activeProducts.length == 0) {
      return activity;
    }
    Map<Long, List<Long>> byCategory = new LinkedHashMap<>();
    for (int i = 0; i < activeProducts.length; i++) {
      byCategory
          .computeIfAbsent(activeCategories[i], c -> new ArrayList<>())
          .add(activeProducts[i]);
    }
    List<Long> categories = List.copyOf(byCategory.keySet());
    for (long shopper : shoppers) {
      Dice dice = Dice.of(seed, "shopper", shopper);
      List<List<Long>> taste =
          dice.pickDistinct(categories, Math.min(2, categories.size())).stream()
              .map(byCategory::get)
              .toList();
      Set<Long> liked = new LinkedHashSet<>();
      int wanted = Math.min(activeProducts.length, dice.between(6, 18));
      while (liked.size() < wanted) {
        liked.add(pick(dice, taste, activeProducts));
      }
      for (long product : liked) {
        activity.favorites.add(
            new Favorite(shopper, "PRODUCT", product, dice.before(base, Duration.ofDays(120))));
      }
      for (DemoShop shop : dice.pickDistinct(shops, dice.between(2, 6))) {
        activity.favorites.add(
            new Favorite(shopper, "SHOP", shop.id(), dice.before(base, Duration.ofDays(200))));
      }
      List<View> history = new ArrayList<>();
      for (int i = dice.between(15, 40); i > 0; i--) {
        long product =
            dice.chance(0.3) ? dice.pick(List.copyOf(liked)) : pick(dice, taste, activeProducts);
        history.add(new View(shopper, product, dice.before(base, Duration.ofDays(30))));
      }
      history.sort(Comparator.comparing(View::viewedAt));
      activity.views.addAll(history);
    }
    activity.sellersBrowsing(seed, base, activeProducts, shops);
    return activity;
  }

  /** A few views per seller, two thirds of them of the hot listings, the first ones most. */
  private void sellersBrowsing(
      long seed, Instant base, long[] activeProducts, List<DemoShop> shops) {
    Dice dice = Dice.of(seed, "trending", 0);
    List<Long> hot = new ArrayList<>();
    for (int i = Math.min(HOT_LISTINGS, activeProducts.length); i > 0; i--) {
      hot.add(activeProducts[dice.between(0, activeProducts.length - 1)]);
    }
    for (DemoShop shop : shops) {
      for (int i = dice.between(0, 6); i > 0; i--) {
        long product =
            dice.chance(2.0 / 3)
                ? hot.get((int) (hot.size() * Math.pow(dice.unit(), 2)))
                : activeProducts[dice.between(0, activeProducts.length - 1)];
        views.add(new View(shop.ownerId(), product, dice.before(base, Duration.ofDays(7))));
      }
    }
  }

  private static long pick(Dice dice, List<List<Long>> taste, long[] activeProducts) {
    if (!taste.isEmpty() && dice.chance(TASTE)) {
      return dice.pick(dice.pick(taste));
    }
    return activeProducts[dice.between(0, activeProducts.length - 1)];
  }

  List<Favorite> favorites() {
    return favorites;
  }

  List<View> views() {
    return views;
  }
}
