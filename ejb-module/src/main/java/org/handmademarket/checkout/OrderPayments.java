package org.handmademarket.checkout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What the provider's answer does to a checkout's orders, each in a transaction of its own ({@code
 * REQUIRES_NEW}): the placing transaction committed before the charge, and the charge happened
 * outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrderPayments {

  static final String DECLINED_NOTE = "Payment declined";

  @PersistenceContext EntityManager em;

  @Inject OrderLifecycle lifecycle;

  /** The charge went through: every pending order of the checkout is paid. */
  public void paid(UUID checkoutId, String reference) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (Order order : pendingOrders(checkoutId)) {
      order.markPaid(reference, now);
      lifecycle.announce(order);
    }
  }

  /** The charge was declined: the orders are cancelled and their stock goes back on sale. */
  public void declined(UUID checkoutId, String reason) {
    for (Order order : pendingOrders(checkoutId)) {
      lifecycle.end(order, OrderStatus.CANCELLED, null, DECLINED_NOTE + ": " + reason);
    }
  }

  private List<Order> pendingOrders(UUID checkoutId) {
    return em.createQuery(
            "SELECT o FROM ShopOrder o WHERE o.checkoutId = :checkout AND o.status = :pending ORDER BY o.id",
            Order.class)
        .setParameter("checkout", checkoutId)
        .setParameter("pending", OrderStatus.PENDING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
