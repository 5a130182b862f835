package org.handmademarket.it.support;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Orders written straight into PostgreSQL as checkout writes them (a checkout, one order of one
 * piece, its timeline), for tests of what happens after a purchase.
 */
public final class TestOrders {

  private TestOrders() {}

  /** An order of one piece of the listing, in the given status; returns it. */
  public static Bought bought(long buyerId, long productId, String status) throws SQLException {
    String checkout = UUID.randomUUID().toString();
    TestAccounts.scalar(
        "INSERT INTO checkouts (id, user_id, idempotency_key, request_fingerprint, total, payment_status)"
            + " VALUES (CAST(? AS uuid), ?, ?, 'test', 20, 'PAID') RETURNING 1",
        checkout,
        buyerId,
        checkout);
    long order =
        Long.parseLong(
            TestAccounts.scalar(
                "INSERT INTO orders (checkout_id, buyer_id, shop_id, status, subtotal, ship_name,"
                    + " ship_line1, ship_city, ship_postal_code, ship_country)"
                    + " SELECT CAST(? AS uuid), ?, shop_id, ?, price, 'Ana', '1 High St', 'London',"
                    + " 'N1', 'GB' FROM products WHERE id = ? RETURNING id",
                checkout,
                buyerId,
                status,
                productId));
    long item =
        Long.parseLong(
            TestAccounts.scalar(
                "INSERT INTO order_items (order_id, product_id, title, unit_price, quantity)"
                    + " SELECT ?, id, title, price, 1 FROM products WHERE id = ? RETURNING id",
                order,
                productId));
    moved(order, "PAID", 20);
    return new Bought(order, item);
  }

  /** Records a move of the order's timeline to {@code status} that many days ago. */
  public static void moved(long orderId, String status, int daysAgo) throws SQLException {
    TestAccounts.scalar(
        "INSERT INTO order_events (order_id, to_status, note, occurred_at)"
            + " VALUES (?, ?, 'test', now() - make_interval(days => ?)) RETURNING 1",
        orderId,
        status,
        daysAgo);
  }

  /** A delivered order of one piece: paid, shipped and delivered in its timeline. */
  public static Bought delivered(long buyerId, long productId) throws SQLException {
    Bought bought = bought(buyerId, productId, "DELIVERED");
    moved(bought.orderId(), "SHIPPED", 6);
    moved(bought.orderId(), "DELIVERED", 2);
    return bought;
  }

  public record Bought(long orderId, long itemId) {}
}
