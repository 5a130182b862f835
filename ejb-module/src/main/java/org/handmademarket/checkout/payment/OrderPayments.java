package org.handmademarket.checkout.payment;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
import org.handmademarket.checkout.orders.Order;
import org.handmademarket.checkout.orders.OrderItem;
import org.handmademarket.checkout.orders.OrderLifecycle;
import org.handmademarket.checkout.orders.OrderStatus;
import org.handmademarket.checkout.orders.OrderSummary;
import org.handmademarket.checkout.placing.Placement;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.payments.ledger.Ledger;
import org.handmademarket.payments.ledger.Sale;
import org.handmademarket.payments.provider.PaymentResult;
import org.handmademarket.platform.money.Money;
import org.handmademarket.platform.outbox.Outbox;
import org.handmademarket.platform.outbox.OutboxEventType;

/**
 * What the provider's answer does to a checkout, in a transaction of its own (the placing
 * transaction committed before the charge, the charge happened outside any transaction, and a
 * provider's notification is settled with its event's record). The checkout row is locked first, so
 * two retries, or a retry and the provider's notification, settling the same checkout settle it
 * once.
 *
 * <ul>
 *   <li>approved: the orders are paid, the charge is written to {@code payments} and booked in the
 *       ledger (the marketplace's fee and each shop's share), the shops' sales counted, the bought
 *       listings leave the cart, and {@link OutboxEventType#ORDER_PLACED} goes to the outbox;
 *   <li>declined: nothing was charged, so no order is kept: they are deleted and their stock goes
 *       back on sale; the cart is as it was, and the checkout remembers why;
 *   <li>no answer: the orders wait (pending); a retry with the same key asks the provider again.
 * </ul>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OrderPayments {

  @PersistenceContext EntityManager em;

  @Inject OrderLifecycle lifecycle;
  @Inject Inventory inventory;
  @Inject Carts carts;
  @Inject ShopSales sales;
  @Inject Outbox outbox;
  @Inject Ledger ledger;

  /** Settles the checkout with the provider's answer and tells where it stands now. */
  public Placement settle(Placement placed, PaymentResult result) {
    Settled settled = settle(placed.checkoutId(), result);
    Map<Long, String> shopNames = new HashMap<>();
    placed.orders().forEach(order -> shopNames.put(order.shopId(), order.shopName()));
    return new Placement(
        placed.checkoutId(),
        placed.buyerId(),
        settled.status(),
        settled.declineReason(),
        settled.orders().stream()
            .map(order -> OrderSummary.of(order, shopNames.get(order.shopId())))
            .toList(),
        placed.isNew());
  }

  /**
   * Settles the checkout with the provider's answer, whoever brings it (the checkout's own call or
   * the provider's notification), and tells what it did.
   */
  public Settled settle(UUID checkoutId, PaymentResult result) {
    Object[] checkout = lockCheckout(checkoutId);
    PaymentStatus status = PaymentStatus.valueOf((String) checkout[0]);
    String declineReason = (String) checkout[1];
    long buyerId = ((Number) checkout[2]).longValue();
    List<Order> orders = orders(checkoutId);
    Settlement settlement = Settlement.of(status, result);
    switch (settlement) {
      case PAY -> paid(checkoutId, buyerId, orders, ((PaymentResult.Approved) result).reference());
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
    return new Settled(status, declineReason, orders, settlement);
  }

  /** What the buyer still owes for the checkout: its orders waiting for the charge. */
  public BigDecimal amountDue(UUID checkoutId) {
    return orders(checkoutId).stream()
        .filter(order -> order.status() == OrderStatus.PENDING)
        .map(Order::total)
        .reduce(Money.ZERO, BigDecimal::add);
  }

  private void paid(UUID checkoutId, long buyerId, List<Order> orders, String reference) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    BigDecimal charged = Money.ZERO;
    Map<Long, Integer> piecesByShop = new TreeMap<>();
    for (Order order : orders) {
      order.markPaid(reference, now);
      charged = charged.add(order.total());
      piecesByShop.merge(order.shopId(), order.pieces(), Integer::sum);
      outbox.record(
          OutboxEventType.ORDER_PLACED,
          order.id(),
          JSON.createObjectBuilder()
              .add("checkoutId", checkoutId.toString())
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
          .setParameter(1, checkoutId.toString())
          .setParameter(2, charged)
          .setParameter(3, reference)
          .executeUpdate();
    }
    ledger.charge(
        checkoutId,
        reference,
        orders.stream().map(order -> new Sale(order.id(), order.shopId(), order.total())).toList());
    sales.sold(piecesByShop);
    carts.removeBought(
        buyerId,
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

  /** The checkout's payment status, decline reason and buyer, its row locked until the commit. */
  private Object[] lockCheckout(UUID checkoutId) {
    return (Object[])
        em.createNativeQuery(
                "SELECT payment_status, decline_reason, user_id FROM checkouts"
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
