package org.handmademarket.localstack.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the demo shoppers have done: favourite products and shops, and a recent browsing history, so
 * that signing in as a shopper shows a lived-in account.
 */
final class ShopperActivity {

  /** A favourite of a product or a shop ({@code favoritable_type} PRODUCT or SHOP). */
  record Favorite(long userId, String type, long targetId, Instant createdAt) {}

  /** A product page a shopper looked at. */
  record View(long userId, long productId, Instant viewedAt) {}

  private final List<Favorite> favorites = new ArrayList<>();
  private final List<View> views = new ArrayList<>();

  private ShopperActivity() {}

  /**
   * @param activeProducts ids of the listings shoppers can see, in ascending order
   */
  static ShopperActivity generate(
      long seed, Instant base, List<Long> shoppers, long[] activeProducts, List<DemoShop> shops) {
    ShopperActivity activity = new ShopperActivity();
    if (activeProducts.length == 0) {
      return activity;
    }
    for (long shopper : shoppers) {
      Dice dice = Dice.of(seed, "shopper", shopper);
      Set<Long> liked = new LinkedHashSet<>();
      int wanted = Math.min(activeProducts.length, dice.between(6, 18));
      while (liked.size() < wanted) {
        liked.add(activeProducts[dice.between(0, activeProducts.length - 1)]);
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
            dice.chance(0.3) && !liked.isEmpty()
                ? dice.pick(List.copyOf(liked))
                : activeProducts[dice.between(0, activeProducts.length - 1)];
        history.add(new View(shopper, product, dice.before(base, Duration.ofDays(30))));
      }
      history.sort(Comparator.comparing(View::viewedAt));
      activity.views.addAll(history);
    }
    return activity;
  }

  List<Favorite> favorites() {
    return favorites;
  }

  List<View> views() {
    return views;
  }
}
