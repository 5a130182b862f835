package org.handmademarket.checkout.placing;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.handmademarket.inventory.Shortage;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.persistence.SqlArrays;

/**
 * The 409 {@code items-unavailable} refusal of holding and checkout: each line that cannot be
 * served, with how many can be, and when other buyers' holds on it end.
 */
final class Unavailability {

  private Unavailability() {}

  static MarketplaceException of(List<Shortage> shortages, Map<Long, Integer> wanted) {
    return of(shortages, Map.of(), wanted);
  }

  /**
   * @param closedShopListings titles of listings whose shop is suspended, by id
   */
  static MarketplaceException of(
      List<Shortage> shortages, Map<Long, String> closedShopListings, Map<Long, Integer> wanted) {
    Map<Long, Map<String, Object>> items = new TreeMap<>();
    for (Shortage shortage : shortages) {
      items.put(
          shortage.productId(),
          item(
              shortage.productId(),
              shortage.title(),
              shortage.requested(),
              shortage.available(),
              shortage.heldUntil()));
    }
    closedShopListings.forEach(
        (productId, title) ->
            items.computeIfAbsent(productId, id -> item(id, title, wanted.get(id), 0, null)));
    return new MarketplaceException(
        ProblemType.ITEMS_UNAVAILABLE,
        "Some items are no longer available in the quantity in your cart. Nothing was ordered or charged.",
        Map.of("unavailableItems", List.copyOf(items.values())));
  }

  /** Listings whose shop was suspended since they were put in the cart, with their titles. */
  static Map<Long, String> listingsOfClosedShops(EntityManager em, Set<Long> productIds) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT l.id, l.title FROM catalog_listings l JOIN catalog_shops s ON s.id = l.shop_id"
                    + " WHERE l.id = ANY(CAST(?1 AS bigint[])) AND NOT s.visible_to_shoppers")
            .setParameter(1, SqlArrays.bigints(productIds))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
  }

  private static Map<String, Object> item(
      long productId, String title, int requested, int available, OffsetDateTime heldUntil) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("productId", productId);
    item.put("title", title);
    item.put("requested", requested);
    item.put("available", available);
    item.put("heldUntil", heldUntil == null ? null : heldUntil.toInstant().toString());
    return item;
  }
}
