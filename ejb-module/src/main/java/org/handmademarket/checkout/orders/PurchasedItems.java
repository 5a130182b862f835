package org.handmademarket.checkout.orders;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.handmademarket.platform.persistence.Timestamps;

/**
 * What a buyer bought, item by item, for features that act on a purchase afterwards (reviews): the
 * item, its order's shop and status, and when the order was shipped and delivered. Always asked for
 * one buyer, so that another buyer's item is simply not there.
 */
@Stateless
public class PurchasedItems {

  @PersistenceContext EntityManager em;

  /** The buyer's order item, or empty when there is none or it is another buyer's. */
  public Optional<PurchasedItem> ofBuyer(long orderItemId, long buyerId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT i.id, i.order_id, o.shop_id, i.product_id, i.title, o.status,"
                    + " (SELECT max(e.occurred_at) FROM order_events e"
                    + "   WHERE e.order_id = o.id AND e.to_status = 'SHIPPED'),"
                    + " (SELECT max(e.occurred_at) FROM order_events e"
                    + "   WHERE e.order_id = o.id AND e.to_status = 'DELIVERED')"
                    + " FROM order_items i JOIN orders o ON o.id = i.order_id"
                    + " WHERE i.id = ?1 AND o.buyer_id = ?2")
            .setParameter(1, orderItemId)
            .setParameter(2, buyerId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new PurchasedItem(
                  ((Number) columns[0]).longValue(),
                  ((Number) columns[1]).longValue(),
                  ((Number) columns[2]).longValue(),
                  ((Number) columns[3]).longValue(),
                  (String) columns[4],
                  OrderStatus.valueOf((String) columns[5]),
                  Timestamps.of(columns[6]),
                  Timestamps.of(columns[7]));
            });
  }

  /**
   * One bought item.
   *
   * @param shippedAt when the order left the shop; null before
   * @param deliveredAt when the seller confirmed delivery; null before
   */
  public record PurchasedItem(
      long orderItemId,
      long orderId,
      long shopId,
      long productId,
      String title,
      OrderStatus status,
      OffsetDateTime shippedAt,
      OffsetDateTime deliveredAt) {

    /** Whether the goods reached the buyer: delivered, and not refunded since. */
    public boolean delivered() {
      return status == OrderStatus.DELIVERED;
    }

    /** Whether the order is still shipped (not delivered, not refunded) since before {@code at}. */
    public boolean shippedBefore(OffsetDateTime at) {
      return status == OrderStatus.SHIPPED && shippedAt != null && shippedAt.isBefore(at);
    }
  }
}
