package org.handmademarket.notifications;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.handmademarket.platform.persistence.Timestamps;
import org.handmademarket.shipping.ShippingProfiles;

/**
 * Reads orders, their shops and the accounts involved for order mails. With SQL rather than through
 * checkout's services: those answer only to a signed-in caller, while mails are written by the
 * system, and checkout must not depend on notifications.
 */
@Dependent
class OrderRecords {

  @PersistenceContext EntityManager em;

  @Inject ShippingProfiles shippingProfiles;

  Optional<OrderFacts> order(long orderId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT o.id, CAST(o.checkout_id AS text), b.id, b.email, b.display_name, s.id,"
                    + " s.name, u.id, u.email, u.display_name, o.status, o.subtotal, o.shipping,"
                    + " o.ship_name, o.ship_line1, o.ship_line2, o.ship_city, o.ship_region,"
                    + " o.ship_postal_code, o.ship_country, o.carrier, o.tracking_number,"
                    + " o.created_at, s.logo_image FROM orders o JOIN identity_accounts b ON b.id = o.buyer_id"
                    + " JOIN catalog_shops s ON s.id = o.shop_id JOIN identity_accounts u ON u.id = s.owner_id"
                    + " WHERE o.id = ?1")
            .setParameter(1, orderId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    long shopId = ((Number) row[5]).longValue();
    List<String> address = new ArrayList<>();
    address.add((String) row[13]);
    address.add((String) row[14]);
    if (!((String) row[15]).isBlank()) {
      address.add((String) row[15]);
    }
    String region = ((String) row[17]).isBlank() ? "" : ", " + row[17];
    address.add(row[16] + region + " " + row[18]);
    address.add(((String) row[19]).strip());
    return Optional.of(
        new OrderFacts(
            orderId,
            UUID.fromString((String) row[1]),
            person(row, 2),
            shopId,
            (String) row[6],
            (String) row[23],
            person(row, 7),
            (String) row[10],
            (BigDecimal) row[11],
            (BigDecimal) row[12],
            address,
            (String) row[20],
            (String) row[21],
            Timestamps.of(row[22]),
            shippingProfiles.of(shopId).processingDaysMax(),
            lines(orderId)));
  }

  /** The ids of a checkout's orders that were paid, in the order they were written. */
  List<Long> paidOrdersOf(UUID checkoutId) {
    return em
        .createNativeQuery(
            "SELECT o.id FROM orders o WHERE o.checkout_id = CAST(?1 AS uuid) AND"
                + " EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id"
                + " AND e.to_status = 'PAID') ORDER BY o.id")
        .setParameter(1, checkoutId.toString())
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  /** Whether the order was ever paid: a buyer never hears of an order whose payment failed. */
  boolean wasPaid(long orderId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM order_events WHERE order_id = ?1 AND to_status = 'PAID'")
        .setParameter(1, orderId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Who moved the order to {@code status} last, and why; empty actor: the marketplace itself (e.g.
   * a payment that did not go through).
   */
  Optional<Move> lastMoveTo(long orderId, String status) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT actor_id, note FROM order_events WHERE order_id = ?1 AND to_status = ?2"
                    + " ORDER BY occurred_at DESC, id DESC LIMIT 1")
            .setParameter(1, orderId)
            .setParameter(2, status)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new Move(row[0] == null ? null : ((Number) row[0]).longValue(), (String) row[1]));
  }

  /** A move of an order: by whom (null: the marketplace) and the note it left. */
  record Move(Long actorId, String note) {}

  private List<OrderFacts.Line> lines(long orderId) {
    List<OrderFacts.Line> lines = new ArrayList<>();
    for (Object each :
        em.createNativeQuery(
                "SELECT title, unit_price, quantity FROM order_items WHERE order_id = ?1"
                    + " ORDER BY id")
            .setParameter(1, orderId)
            .getResultList()) {
      Object[] row = (Object[]) each;
      lines.add(
          new OrderFacts.Line((String) row[0], (BigDecimal) row[1], ((Number) row[2]).intValue()));
    }
    return lines;
  }

  private static OrderFacts.Person person(Object[] row, int from) {
    return new OrderFacts.Person(
        ((Number) row[from]).longValue(), (String) row[from + 1], (String) row[from + 2]);
  }
}
