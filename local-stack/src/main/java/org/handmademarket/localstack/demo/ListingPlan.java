package org.handmademarket.localstack.demo;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Which shop lists what, and when: for every listing its shop, its kind of item and its creation
 * time, in creation order, so that product ids grow with time as they do in a live database. Kept
 * in primitive arrays because 200,000 listings must plan in milliseconds.
 */
final class ListingPlan {

  /** Share of a shop's listings outside its main category. */
  private static final double SIDE_CATEGORY_SHARE = 0.15;

  /**
   * The demo seller's listings, by category: candles and ceramics of several kinds, the first a
   * one-of-a-kind vase.
   */
  private static final long[] DEMO_SHOP_CATEGORIES = {
    503, 10, 501, 10, 202, 502, 10, 501, 201, 2, 503, 10
  };

  private final int[] shop;
  private final int[] kind;
  private final int[] ordinalInShop;
  private final long[] createdAt;

  private ListingPlan(int size) {
    shop = new int[size];
    kind = new int[size];
    ordinalInShop = new int[size];
    createdAt = new long[size];
  }

  static ListingPlan of(long seed, Instant base, List<DemoShop> shops) {
    int size = shops.stream().mapToInt(DemoShop::listingCount).sum();
    ListingPlan unordered = new ListingPlan(size);
    int n = 0;
    for (int s = 0; s < shops.size(); s++) {
      DemoShop owner = shops.get(s);
      Dice dice = Dice.of(seed, "shop-listings", s);
      long opened = owner.createdAt().getEpochSecond();
      long span = Math.max(3600, base.getEpochSecond() - 3600 - opened);
      for (int j = 0; j < owner.listingCount(); j++, n++) {
        ItemKind item =
            s == 0 && j < DEMO_SHOP_CATEGORIES.length
                ? CategoryVocabularies.kind(DEMO_SHOP_CATEGORIES[j])
                : pickKind(
                    dice,
                    dice.chance(SIDE_CATEGORY_SHARE) ? owner.sideCategory() : owner.mainCategory());
        unordered.shop[n] = s;
        unordered.kind[n] = CategoryVocabularies.KINDS.indexOf(item);
        unordered.ordinalInShop[n] = j;
        // Shops list more as they grow: creation times lean towards the recent end of the shop's
        // life.
        unordered.createdAt[n] = opened + 60 + (long) (span * Math.pow(dice.unit(), 0.7));
      }
    }
    return unordered.inCreationOrder();
  }

  private static ItemKind pickKind(Dice dice, CategoryVocabulary category) {
    List<ItemKind> kinds = category.kinds();
    return kinds.get(dice.weighted(kinds.stream().mapToInt(ItemKind::weight).toArray()));
  }

  private ListingPlan inCreationOrder() {
    long[] keys = new long[size()];
    for (int i = 0; i < keys.length; i++) {
      // Creation time in the high bits, plan position in the low 24: one primitive sort, no boxing.
      keys[i] = (createdAt[i] << 24) | i;
    }
    Arrays.sort(keys);
    ListingPlan ordered = new ListingPlan(size());
    for (int r = 0; r < keys.length; r++) {
      int i = (int) (keys[r] & 0xFF_FFFF);
      ordered.shop[r] = shop[i];
      ordered.kind[r] = kind[i];
      ordered.ordinalInShop[r] = ordinalInShop[i];
      ordered.createdAt[r] = createdAt[i];
    }
    return ordered;
  }

  int size() {
    return shop.length;
  }

  /** The 0-based ordinal of the shop of the listing at this position. */
  int shop(int position) {
    return shop[position];
  }

  ItemKind kind(int position) {
    return CategoryVocabularies.KINDS.get(kind[position]);
  }

  /** The listing's number within its shop, 0 for the shop's first planned listing. */
  int ordinalInShop(int position) {
    return ordinalInShop[position];
  }

  Instant createdAt(int position) {
    return Instant.ofEpochSecond(createdAt[position]);
  }
}
