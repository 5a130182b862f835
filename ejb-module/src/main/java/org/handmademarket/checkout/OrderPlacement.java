package org.handmademarket.checkout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.handmademarket.cart.CartEntry;
import org.handmademarket.cart.Carts;
import org.handmademarket.catalog.shop.ShopSales;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.inventory.Shortage;
import org.handmademarket.inventory.Withdrawal;
import org.handmademarket.inventory.WithdrawnStock;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.outbox.Outbox;

/**
 * Turns a cart into orders in one transaction: the checkout record (unique per buyer and
 * Idempotency-Key), the stock of every line (locked by inventory in ascending id order, all or
 * none), one pending order per shop with the price of each line as it was under the lock, the
 * shops' sales counts, the emptied cart and the outbox rows. Any refusal rolls all of it back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OrderPlacement {

  static final String ORDER = "ORDER";
  static final String ORDER_PLACED = "order.placed";

  @PersistenceContext EntityManager em;

  @Inject Inventory inventory;
  @Inject Carts carts;
  @Inject ShopSales sales;
  @Inject Outbox outbox;

  /**
   * @throws MarketplaceException 422 when the key placed a different request before, 409 {@code
   *     cart-empty}, 409 {@code items-unavailable} with {@code unavailableItems}
   */
  public Placement place(
      long buyerId, String idempotencyKey, String fingerprint, ShippingAddress address) {
    UUID checkoutId = UUID.randomUUID();
    // ON CONFLICT waits for a concurrent insert of the same key and then does nothing: the
    // database's
    // answer to two requests that both got past Redis.
    List<?> inserted =
        em.createNativeQuery(
                "INSERT INTO checkouts (id, user_id, idempotency_key, request_fingerprint, total)"
                    + " VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, 0)"
                    + " ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING id")
            .setParameter(1, checkoutId.toString())
            .setParameter(2, buyerId)
            .setParameter(3, idempotencyKey)
            .setParameter(4, fingerprint)
            .getResultList();
    if (inserted.isEmpty()) {
      return existing(buyerId, idempotencyKey, fingerprint);
    }

    List<CartEntry> entries = carts.entriesOf(buyerId);
    if (entries.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.CART_EMPTY, "Your cart is empty: there is nothing to check out.");
    }
    Map<Long, Integer> wanted = new TreeMap<>();
    entries.forEach(entry -> wanted.put(entry.productId(), entry.quantity()));
    Withdrawal withdrawal = inventory.withdraw(wanted);
    Set<Long> closedShops = listingsOfClosedShops(wanted.keySet());
    if (withdrawal instanceof Withdrawal.Refused refused) {
      throw unavailable(refused.shortages(), closedShops, wanted);
    }
    List<WithdrawnStock> lines = ((Withdrawal.Taken) withdrawal).lines();
    if (!closedShops.isEmpty()) {
      throw unavailable(List.of(), closedShops, wanted);
    }

    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<Long, List<WithdrawnStock>> byShop =
        lines.stream()
            .collect(
                Collectors.groupingBy(WithdrawnStock::shopId, TreeMap::new, Collectors.toList()));
    List<Order> orders = new ArrayList<>();
    Map<Long, Integer> piecesByShop = new TreeMap<>();
    BigDecimal total = Money.ZERO;
    for (Map.Entry<Long, List<WithdrawnStock>> shop : byShop.entrySet()) {
      Order order = Order.place(checkoutId, buyerId, shop.getKey(), address, now);
      for (WithdrawnStock line : shop.getValue()) {
        order.addItem(line.productId(), line.title(), line.unitPrice(), line.quantity());
        piecesByShop.merge(shop.getKey(), line.quantity(), Integer::sum);
      }
      em.persist(order);
      orders.add(order);
      total = total.add(order.subtotal());
    }
    em.flush();
    for (Order order : orders) {
      outbox.record(
          ORDER,
          order.id(),
          ORDER_PLACED,
          Json.createObjectBuilder()
              .add("checkoutId", checkoutId.toString())
              .add("shopId", order.shopId())
              .add("buyerId", buyerId)
              .add("subtotal", order.subtotal())
              .add("pieces", piecesByShop.get(order.shopId()))
              .build());
    }
    sales.sold(piecesByShop);
    carts.emptyCartOf(buyerId);
    em.createNativeQuery("UPDATE checkouts SET total = ?1 WHERE id = CAST(?2 AS uuid)")
        .setParameter(1, total)
        .setParameter(2, checkoutId.toString())
        .executeUpdate();
    return new Placement(
        checkoutId, Money.of(total), orders.stream().map(Order::id).toList(), true);
  }

  private Placement existing(long buyerId, String idempotencyKey, String fingerprint) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT CAST(id AS varchar), request_fingerprint, total FROM checkouts"
                        + " WHERE user_id = ?1 AND idempotency_key = ?2")
                .setParameter(1, buyerId)
                .setParameter(2, idempotencyKey)
                .getSingleResult();
    if (!fingerprint.equals(row[1])) {
      throw reused();
    }
    UUID checkoutId = UUID.fromString((String) row[0]);
    List<Long> orderIds =
        em.createQuery(
                "SELECT o.id FROM ShopOrder o WHERE o.checkoutId = :checkout ORDER BY o.id",
                Long.class)
            .setParameter("checkout", checkoutId)
            .getResultList();
    return new Placement(checkoutId, Money.of((BigDecimal) row[2]), orderIds, false);
  }

  static MarketplaceException reused() {
    return new MarketplaceException(
        ProblemType.IDEMPOTENCY_KEY_REUSED,
        "This Idempotency-Key was used for a different checkout. Use a new key for a new request.");
  }

  /** Listings whose shop was suspended since they were put in the cart: they cannot be sold. */
  private Set<Long> listingsOfClosedShops(Set<Long> productIds) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT p.id FROM products p JOIN shops s ON s.id = p.shop_id"
                    + " WHERE p.id = ANY(CAST(?1 AS bigint[])) AND s.status <> 'ACTIVE'")
            .setParameter(1, ShopNames.ids(productIds))
            .getResultList();
    return rows.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
  }

  private MarketplaceException unavailable(
      List<Shortage> shortages, Set<Long> closedShops, Map<Long, Integer> wanted) {
    Map<Long, Map<String, Object>> items = new TreeMap<>();
    for (Shortage shortage : shortages) {
      items.put(
          shortage.productId(),
          item(shortage.productId(), shortage.title(), shortage.requested(), shortage.available()));
    }
    for (Long productId : closedShops) {
      items.computeIfAbsent(productId, id -> item(id, titleOf(id), wanted.get(id), 0));
    }
    return new MarketplaceException(
        ProblemType.ITEMS_UNAVAILABLE,
        "Some items are no longer available in the quantity in your cart. Nothing was ordered or charged.",
        Map.of("unavailableItems", List.copyOf(items.values())));
  }

  private String titleOf(long productId) {
    List<?> titles =
        em.createNativeQuery("SELECT title FROM products WHERE id = ?1")
            .setParameter(1, productId)
            .getResultList();
    return titles.isEmpty() ? null : (String) titles.get(0);
  }

  private static Map<String, Object> item(
      long productId, String title, int requested, int available) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("productId", productId);
    item.put("title", title);
    item.put("requested", requested);
    item.put("available", available);
    return item;
  }
}
