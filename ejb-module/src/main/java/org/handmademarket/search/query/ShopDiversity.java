package org.handmademarket.search.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Spreads the first page of a relevance search over shops: one shop with many matching listings
 * would otherwise fill the whole page. At most {@link #perShop(int)} listings of a shop make the
 * first page while listings of other shops are within reach; the ones set aside follow right after
 * it, in their order.
 *
 * <p>The first {@link #WINDOW_PAGES} pages are read as one window of hits from the first, and each
 * page is its slice of the reordered window. The window holds the first page's picks and the rest
 * of those hits, so pages after the window are the plain ranking's again: no listing is lost or
 * shown twice while paging.
 */
public final class ShopDiversity {

  /** The pages read as one window: the first page picks from three pages of hits. */
  static final int WINDOW_PAGES = 3;

  private ShopDiversity() {}

  /** Whether the search is ranked by relevance and its page lies within the window. */
  public static boolean applies(SearchCriteria criteria) {
    return criteria.sort() == SearchSort.RELEVANCE && criteria.page() <= WINDOW_PAGES;
  }

  /** How many hits the window holds. */
  public static int windowSize(SearchCriteria criteria) {
    return WINDOW_PAGES * criteria.pageSize();
  }

  /** The most listings of one shop on a first page of this size: a sixth of it, at least two. */
  static int perShop(int pageSize) {
    return Math.max(2, (pageSize + 5) / 6);
  }

  /**
   * The requested page's slice of the window, after the first page has been spread over shops.
   *
   * @param window the hits from the first one, in ranking order
   * @param shopOf the shop a hit belongs to
   */
  public static <T> List<T> page(List<T> window, Function<T, ?> shopOf, SearchCriteria criteria) {
    List<T> ordered = reorder(window, shopOf, criteria.pageSize());
    int from = Math.min(criteria.from(), ordered.size());
    int to = Math.min(from + criteria.pageSize(), ordered.size());
    return List.copyOf(ordered.subList(from, to));
  }

  /** The window with a first page of at most {@link #perShop} hits per shop, then the rest. */
  static <T> List<T> reorder(List<T> window, Function<T, ?> shopOf, int pageSize) {
    int cap = perShop(pageSize);
    Map<Object, Integer> picked = new HashMap<>();
    List<T> first = new ArrayList<>();
    List<T> rest = new ArrayList<>();
    for (T hit : window) {
      Object shop = shopOf.apply(hit);
      int count = picked.getOrDefault(shop, 0);
      if (first.size() < pageSize && count < cap) {
        first.add(hit);
        picked.put(shop, count + 1);
      } else {
        rest.add(hit);
      }
    }
    // Too few other shops to fill the page: the best of the set-aside hits fill it.
    while (first.size() < pageSize && !rest.isEmpty()) {
      first.add(rest.remove(0));
    }
    List<T> ordered = new ArrayList<>(first);
    ordered.addAll(rest);
    return ordered;
  }
}
