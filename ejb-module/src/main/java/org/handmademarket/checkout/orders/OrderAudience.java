package org.handmademarket.checkout.orders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may follow an order as it moves: its buyer and the owner of its shop. For callers that hold
 * an identity resolved outside an HTTP request (a WebSocket connection authenticated at its
 * handshake), where {@code CurrentUser} has no request to read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrderAudience {

  @PersistenceContext EntityManager em;

  /** Whether the account is the order's buyer or its shop's owner; false for an unknown order. */
  public boolean mayFollow(long userId, long orderId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM orders o JOIN catalog_shops s ON s.id = o.shop_id"
                + " WHERE o.id = ?1 AND (o.buyer_id = ?2 OR s.owner_id = ?2)")
        .setParameter(1, orderId)
        .setParameter(2, userId)
        .getResultList()
        .isEmpty();
  }
}
