package org.handmademarket.checkout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.handmademarket.cart.Carts;
import org.handmademarket.catalog.shop.ShopSales;
import org.handmademarket.checkout.payment.PaymentResult;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.platform.money.Money;
import org.handmademarket.platform.outbox.Outbox;

/**
 * What the provider's answer does to a checkout, in a transaction of its own ({@code
 * REQUIRES_NEW}): the placing transaction committed before the charge, and the charge happened
 * outside any transaction. The checkout row is locked first, so two retries settling the same
 * checkout settle it once.
 *
 * <ul>
 *   <li>approved: the orders are paid, the charge is written to {@code payments}, the shops' sales
 *       counted, the bought listings leave the cart, and {@code order.placed} goes to the outbox;
 *   <li>declined: nothing was charged, so no order is kept: they are deleted and their stock goes
 *       back on sale; the cart is as it was, and the checkout remembers why;
 *   <li>no answer: the orders wait (pending); a retry with the same key asks the provider again.
 * </ul>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrderPayments {

  static final String ORDER = "ORDER";
  static final String ORDER_PLACED = "order.placed";

  @PersistenceContext EntityManager em;

  @Inject OrderLifecycle lifecycle;
  @Inject Inventory inventory;
  @Inject Carts carts;
  @Inject ShopSales sales;
  @Inject Outbox outbox;

  /** Settles the checkout with the provider's answer and tells where it stands now. */
  public Placement settle(Placement placed, PaymentResult result) {
    UUID checkoutId = placed.checkoutId();
    Object[] checkout = lockCheckout(checkoutId);
    PaymentStatus status = PaymentStatus.valueOf((String) checkout[0]);
    String declineReason = (String) checkout[1];
    List<Order> orders = orders(checkoutId);
    Settlement settlement = Settlement.of(status, result);
    switch (settlement) {
      case PAY -> paid(placed, orders, ((PaymentResult.Approved) result).reference());
      case VOID -> {
        voided(orders);
        orders = List.of();
        declineReason = ((PaymentResult.Declined) result).reason();
      }
      case WAIT, KEEP -> {}
    }
    if (settlement != Settlement.KEEP) {
      status = settlement.after(status);
      mark(checkoutId, status, declineReason);
    }
    Map<Long, String> shopNames = new HashMap<>();
    placed.orders().forEach(order -> shopNames.put(order.shopId(), order.shopName()));
    return new Placement(
        checkoutId,
        placed.buyerId(),
        status,
        declineReason,
        orders.stream()
            .map(order -> OrderSummary.of(order, shopNames.get(order.shopId())))
            .toList(),
        placed.isNew());
  }

  private void paid(Placement placed, List<Order> orders, String reference) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    BigDecimal charged = Money.ZERO;
    Map<Long, Integer> piecesByShop = new TreeMap<>();
    for (Order order : orders) {
      order.markPaid(reference, now);
      charged = charged.add(order.total());
      piecesByShop.merge(order.shopId(), order.pieces(), Integer::sum);
      outbox.record(
          ORDER,
          order.id(),
          ORDER_PLACED,
          Json.createObjectBuilder()
              .add("checkoutId", placed.checkoutId().toString())
              .add("shopId", order.shopId())
              .add("buyerId", order.buyerId())
              .add("subtotal", order.subtotal())
              .add("shipping", order.shipping())
              .add("total", order.total())
              .add("pieces", order.pieces())
              .build());
      lifecycle.announce(order);
    }
    if (charged.signum() > 0) {
      em.createNativeQuery(
              "INSERT INTO payments (checkout_id, kind, amount, reference)"
                  + " VALUES (CAST(?1 AS uuid), 'CHARGE', ?2, ?3)")
          .setParameter(1, placed.checkoutId().toString())
          .setParameter(2, charged)
          .setParameter(3, reference)
          .executeUpdate();
    }
    sales.sold(piecesByShop);
    carts.removeBought(
        placed.buyerId(),
        orders.stream()
            .flatMap(order -> order.items().stream())
            .map(OrderItem::productId)
            .distinct()
            .toList());
  }

  private void voided(List<Order> orders) {
    Map<Long, Integer> back = new TreeMap<>();
    for (Order order : orders) {
      order.items().forEach(item -> back.merge(item.productId(), item.quantity(), Integer::sum));
      em.remove(order);
    }
    if (!back.isEmpty()) {
      inventory.putBack(back);
    }
  }

  /** The checkout's payment status and decline reason, its row locked until the commit. */
  private Object[] lockCheckout(UUID checkoutId) {
    return (Object[])
        em.createNativeQuery(
                "SELECT payment_status, decline_reason FROM checkouts"
                    + " WHERE id = CAST(?1 AS uuid) FOR UPDATE")
            .setParameter(1, checkoutId.toString())
            .getSingleResult();
  }

  private void mark(UUID checkoutId, PaymentStatus status, String reason) {
    em.createNativeQuery(
            "UPDATE checkouts SET payment_status = ?2, decline_reason = ?3 WHERE id = CAST(?1 AS uuid)")
        .setParameter(1, checkoutId.toString())
        .setParameter(2, status.name())
        .setParameter(3, reason)
        .executeUpdate();
  }

  /** The checkout's orders, locked: all pending while the provider is asked. */
  private List<Order> orders(UUID checkoutId) {
    return em.createQuery(
            "SELECT o FROM ShopOrder o WHERE o.checkoutId = :checkout ORDER BY o.id", Order.class)
        .setParameter("checkout", checkoutId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
