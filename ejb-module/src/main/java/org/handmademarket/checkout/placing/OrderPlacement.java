package org.handmademarket.checkout.placing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.handmademarket.cart.Carts;
import org.handmademarket.checkout.orders.Order;
import org.handmademarket.checkout.orders.OrderSummary;
import org.handmademarket.checkout.orders.ShopNames;
import org.handmademarket.checkout.payment.PaymentStatus;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.inventory.Shortage;
import org.handmademarket.inventory.Withdrawal;
import org.handmademarket.inventory.WithdrawnStock;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.money.Money;
import org.handmademarket.shipping.ShippingProfile;
import org.handmademarket.shipping.ShippingProfiles;
import org.handmademarket.shipping.ShippingQuote;

/**
 * Turns a cart into orders in one transaction: the checkout record (unique per buyer and
 * Idempotency-Key), the stock of every line (locked by inventory in ascending id order, all or
 * none, the buyer's holds used first), one pending order per shop with the price of each line as it
 * was under the lock and the shop's shipping to the address, and the checkout's totals. The total
 * must be the one the buyer agreed to. Any refusal rolls all of it back. The cart stays as it is
 * until the charge goes through.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OrderPlacement {

  @PersistenceContext EntityManager em;

  @Inject Inventory inventory;
  @Inject Carts carts;
  @Inject ShippingProfiles shipping;
  @Inject CheckoutSessions sessions;

  /**
   * @throws MarketplaceException 422 when the key placed a different request before, 409 {@code
   *     cart-empty}, {@code items-unavailable} with {@code unavailableItems}, {@code
   *     shipping-unavailable}, {@code totals-changed} with {@code changes}
   */
  public Placement place(
      long buyerId, String idempotencyKey, String fingerprint, CheckoutDetails details) {
    UUID checkoutId = UUID.randomUUID();
    // ON CONFLICT waits for a concurrent insert of the same key and then does nothing: the
    // database's answer to two requests that both got past Redis.
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

    Map<Long, Integer> wanted = CartContents.toCheckOut(carts, buyerId);
    // Read before the listings' rows are locked: whatever is not stock keeps out of the lock.
    Map<Long, String> closedShops = Unavailability.listingsOfClosedShops(em, wanted.keySet());
    Withdrawal withdrawal = inventory.withdraw(buyerId, wanted);
    if (withdrawal instanceof Withdrawal.Refused refused) {
      throw Unavailability.of(refused.shortages(), closedShops, wanted);
    }
    if (!closedShops.isEmpty()) {
      throw Unavailability.of(List.of(), closedShops, wanted);
    }

    List<Order> orders = orders(checkoutId, buyerId, details, ((Withdrawal.Taken) withdrawal));
    Map<Long, String> shopNames = ShopNames.of(em, orders.stream().map(Order::shopId).toList());
    BigDecimal itemTotal = sum(orders, Order::subtotal);
    BigDecimal shippingTotal = sum(orders, Order::shipping);
    BigDecimal total = itemTotal.add(shippingTotal);
    String country = details.address().country();
    if (total.compareTo(details.expectedTotal()) != 0) {
      throw totalsChanged(buyerId, details.expectedTotal(), total, country, orders, shopNames);
    }

    orders.forEach(em::persist);
    em.flush();
    em.createNativeQuery(
            "UPDATE checkouts SET item_total = ?1, shipping_total = ?2, total = ?3"
                + " WHERE id = CAST(?4 AS uuid)")
        .setParameter(1, itemTotal)
        .setParameter(2, shippingTotal)
        .setParameter(3, total)
        .setParameter(4, checkoutId.toString())
        .executeUpdate();
    sessions.end(buyerId);
    return new Placement(
        checkoutId,
        buyerId,
        PaymentStatus.PLACED,
        null,
        orders.stream()
            .map(order -> OrderSummary.of(order, shopNames.get(order.shopId())))
            .toList(),
        true);
  }

  /**
   * Refuses a checkout whose cart holds a listing that stock can no longer cover, read without
   * taking or waiting for any lock: when a hot listing sells out, the buyers who come too late are
   * told at once instead of queueing for its row. Decides nothing otherwise: a key used before, an
   * empty cart and lines that look coverable go on to {@link #place}, which decides under the lock.
   *
   * @throws MarketplaceException 409 {@code items-unavailable} with {@code unavailableItems}, as
   *     {@link #place} answers it
   */
  public void refuseWhenSoldOut(long buyerId, String idempotencyKey) {
    boolean keyUsed =
        !em.createNativeQuery("SELECT 1 FROM checkouts WHERE user_id = ?1 AND idempotency_key = ?2")
            .setParameter(1, buyerId)
            .setParameter(2, idempotencyKey)
            .getResultList()
            .isEmpty();
    if (keyUsed) {
      return;
    }
    SortedMap<Long, Integer> wanted = CartContents.of(carts, buyerId);
    if (wanted.isEmpty()) {
      return; // checkout itself answers cart-empty
    }
    List<Shortage> shortages = inventory.shortagesNow(buyerId, wanted);
    if (!shortages.isEmpty()) {
      throw Unavailability.of(
          shortages, Unavailability.listingsOfClosedShops(em, wanted.keySet()), wanted);
    }
  }

  /** One pending order per shop, with the shop's shipping to the address; not stored yet. */
  private List<Order> orders(
      UUID checkoutId, long buyerId, CheckoutDetails details, Withdrawal.Taken taken) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<Long, List<WithdrawnStock>> byShop =
        taken.lines().stream()
            .collect(
                Collectors.groupingBy(WithdrawnStock::shopId, TreeMap::new, Collectors.toList()));
    Map<Long, ShippingProfile> profiles = shipping.of(byShop.keySet());
    String country = details.address().country();
    List<Order> orders = new ArrayList<>();
    List<Long> notShipping = new ArrayList<>();
    for (Map.Entry<Long, List<WithdrawnStock>> shop : byShop.entrySet()) {
      Order order = Order.place(checkoutId, buyerId, shop.getKey(), details.address(), now);
      for (WithdrawnStock line : shop.getValue()) {
        order.addItem(line.productId(), line.title(), line.unitPrice(), line.quantity());
      }
      ShippingQuote quote =
          profiles
              .get(shop.getKey())
              .quote(country, order.pieces(), order.subtotal(), now.toLocalDate());
      if (!quote.ships()) {
        notShipping.add(shop.getKey());
      }
      order.shipFor(Money.of(quote.amount()));
      orders.add(order);
    }
    if (!notShipping.isEmpty()) {
      // The cart's own view names the shops and where they ship from.
      CheckoutHolds.requireShipping(carts.current(buyerId, country));
    }
    return orders;
  }

  private MarketplaceException totalsChanged(
      long buyerId,
      BigDecimal expected,
      BigDecimal total,
      String country,
      List<Order> orders,
      Map<Long, String> shopNames) {
    List<Map<String, Object>> changes =
        sessions
            .open(buyerId)
            .map(session -> session.quote().forDestination(country).changesIn(orders, shopNames))
            .orElse(List.of());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("expectedTotal", Money.of(expected));
    details.put("total", Money.of(total));
    details.put("changes", changes);
    return new MarketplaceException(
        ProblemType.TOTALS_CHANGED,
        "The total is now "
            + Money.of(total)
            + " instead of the "
            + Money.of(expected)
            + " you saw: a price or shipping changed. Nothing was ordered or charged; check the"
            + " new total and confirm it to order.",
        details);
  }

  private Placement existing(long buyerId, String idempotencyKey, String fingerprint) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT CAST(id AS varchar), request_fingerprint, payment_status, decline_reason"
                        + " FROM checkouts WHERE user_id = ?1 AND idempotency_key = ?2")
                .setParameter(1, buyerId)
                .setParameter(2, idempotencyKey)
                .getSingleResult();
    if (!fingerprint.equals(row[1])) {
      throw reused();
    }
    UUID checkoutId = UUID.fromString((String) row[0]);
    List<Order> orders =
        em.createQuery(
                "SELECT o FROM ShopOrder o WHERE o.checkoutId = :checkout ORDER BY o.id",
                Order.class)
            .setParameter("checkout", checkoutId)
            .getResultList();
    Map<Long, String> shopNames = ShopNames.of(em, orders.stream().map(Order::shopId).toList());
    return new Placement(
        checkoutId,
        buyerId,
        PaymentStatus.valueOf((String) row[2]),
        (String) row[3],
        orders.stream()
            .map(order -> OrderSummary.of(order, shopNames.get(order.shopId())))
            .toList(),
        false);
  }

  static MarketplaceException reused() {
    return new MarketplaceException(
        ProblemType.IDEMPOTENCY_KEY_REUSED,
        "This Idempotency-Key was used for a different checkout. Use a new key for a new request.");
  }

  private static BigDecimal sum(
      List<Order> orders, java.util.function.Function<Order, BigDecimal> amount) {
    return orders.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
  }
}
