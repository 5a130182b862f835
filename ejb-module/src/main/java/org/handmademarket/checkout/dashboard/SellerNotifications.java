package org.handmademarket.checkout.dashboard;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.handmademarket.checkout.orders.Order;
import org.handmademarket.checkout.placing.NewShopOrder;
import org.handmademarket.platform.money.Money;

/**
 * Tells sellers about new paid orders, after the payment was committed and on a thread of its own,
 * so that a slow mail server never slows a checkout down. The {@code order.placed} outbox row
 * written with the order is the durable record; this is the fast path. Until the marketplace sends
 * mail, the notification is a log line naming the shop's owner by id, and a {@link NewShopOrder}
 * event that the console pushes to the seller's open pages.
 */
@Stateless
public class SellerNotifications {

  private static final Logger LOG = Logger.getLogger(SellerNotifications.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Event<NewShopOrder> newOrders;

  @Asynchronous
  public void ordersPaid(List<Long> orderIds) {
    for (Long orderId : orderIds) {
      Order order = em.find(Order.class, orderId);
      if (order == null) {
        continue;
      }
      List<?> owner =
          em.createNativeQuery("SELECT owner_id FROM catalog_shops WHERE id = ?1")
              .setParameter(1, order.shopId())
              .getResultList();
      LOG.info(
          () ->
              "New order "
                  + orderId
                  + " for shop "
                  + order.shopId()
                  + " (owner "
                  + (owner.isEmpty() ? "?" : owner.get(0))
                  + "): "
                  + order.items().size()
                  + " line(s), "
                  + order.total());
      if (!owner.isEmpty()) {
        newOrders.fire(
            new NewShopOrder(
                orderId,
                order.shopId(),
                ((Number) owner.get(0)).longValue(),
                Money.of(order.subtotal()),
                order.items().size()));
      }
    }
  }
}
