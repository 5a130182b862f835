package org.handmademarket.checkout.orders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.handmademarket.catalog.shop.ShopSales;
import org.handmademarket.checkout.payment.OrderPayments;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.platform.outbox.Outbox;
import org.handmademarket.platform.outbox.OutboxEventType;

/**
 * Ends an order's life early (cancelled or refunded) with what follows: stock that never left the
 * shop goes back on sale through inventory, and the shop's sales count forgets the pieces. Every
 * move of an order is announced from here ({@link #announce}). In the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderLifecycle {

  @PersistenceContext EntityManager em;

  @Inject Inventory inventory;
  @Inject ShopSales sales;
  @Inject Event<OrderStatusChanged> statusChanges;
  @Inject Outbox outbox;

  /**
   * Moves the order to {@code CANCELLED} or {@code REFUNDED}, refusing with 409 what its life does
   * not allow.
   */
  public void end(Order order, OrderStatus target, Long actorId, String note) {
    boolean stockReturns = order.status().returnsStockWhenEnded();
    order.moveTo(target, actorId, note, OffsetDateTime.now(ZoneOffset.UTC));
    int pieces = order.items().stream().mapToInt(OrderItem::quantity).sum();
    if (stockReturns) {
      Map<Long, Integer> back = new TreeMap<>();
      order.items().forEach(item -> back.merge(item.productId(), item.quantity(), Integer::sum));
      inventory.putBack(back);
    }
    sales.unsold(Map.of(order.shopId(), pieces));
    announce(order);
  }

  /**
   * Tells observers the order's new status; they hear of it only if the transaction commits. Moves
   * after payment also go to the outbox ({@link #outboxEvent}; payment itself is {@link
   * OutboxEventType#ORDER_PLACED}, written by {@link OrderPayments} with the totals), for consumers
   * that must not miss one (the mails).
   */
  public void announce(Order order) {
    outboxEvent(order.status()).ifPresent(moved -> outbox.record(moved, order.id()));
    statusChanges.fire(
        new OrderStatusChanged(order.id(), order.buyerId(), order.shopId(), order.status()));
  }

  /** The outbox event of a move to the status; none for the moves up to payment. */
  static Optional<OutboxEventType> outboxEvent(OrderStatus status) {
    return Optional.ofNullable(
        switch (status) {
          case SHIPPED -> OutboxEventType.ORDER_SHIPPED;
          case DELIVERED -> OutboxEventType.ORDER_DELIVERED;
          case CANCELLED -> OutboxEventType.ORDER_CANCELLED;
          case REFUNDED -> OutboxEventType.ORDER_REFUNDED;
          case PENDING, PAID -> null;
        });
  }
}
