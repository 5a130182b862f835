package org.handmademarket.localstack.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Delivered orders and the reviews their buyers wrote, so that ratings shown in the demo are the
 * reviews' own: about three in ten listings have one to a handful of reviews from shoppers (the
 * sellers shop too, never from themselves), their stars scattered around the shop's generated
 * reputation and their words drawn from the listing's own materials and tags. Shops' and listings'
 * ratings are then computed from those reviews, as the reviews feature computes them; some reviews
 * have the shop's reply. The demo shopper also has two delivered orders still to review, for the
 * "Leave a review" flow. Written with SQL in the load's transaction, from the load's seed.
 */
final class DemoReviews {

  /** Share of listings with reviews. */
  private static final double REVIEWED_SHARE = 0.3;

  private DemoReviews() {}

  /**
   * @return how many reviews were written
   */
  static int write(Connection connection, long seed, String demoShopperEmail) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // Any value in [-1, 1]: the same seed gives the same reviews.
      statement.execute("SELECT setseed(" + ((seed % 1000) / 1000.0) + ")");
      statement.execute(
          "CREATE TEMP TABLE demo_purchases ON COMMIT DROP AS"
              + " WITH buyers AS (SELECT array_agg(user_id ORDER BY user_id) AS ids FROM user_roles"
              + "   WHERE role = 'SHOPPER'),"
              + " picks AS (SELECT p.id AS product_id, p.shop_id, p.title, p.price, s.owner_id,"
              + "   s.rating AS shop_rating,"
              + "   b.ids[1 + floor(random() * cardinality(b.ids))::int] AS buyer_id,"
              + "   (3 + floor(random() * 170))::int AS days_ago"
              // Which listings have reviews is drawn once per listing, before their number is.
              + "   FROM (SELECT * FROM products WHERE status IN ('ACTIVE', 'SOLD_OUT')"
              + "     AND random() < "
              + REVIEWED_SHARE
              + ") p JOIN shops s ON s.id = p.shop_id CROSS JOIN buyers b"
              + "   CROSS JOIN LATERAL generate_series(1,"
              + "     1 + floor(random() * random() * (2 + 10 * s.rating / 5.0))::int) g"
              + ")"
              + " SELECT row_number() OVER (ORDER BY product_id, buyer_id) AS n,"
              + "   gen_random_uuid() AS checkout_id, product_id, shop_id, title, price, buyer_id,"
              + "   days_ago, true AS reviewed,"
              // Stars around the shop's generated reputation: a bell of three uniforms.
              + "   greatest(1, least(5, round(shop_rating"
              + "     + (random() + random() + random() - 1.5) * 1.2)))::int AS stars"
              + " FROM picks WHERE buyer_id IS NOT NULL AND buyer_id <> owner_id");
      try (PreparedStatement unreviewed =
          connection.prepareStatement(
              "INSERT INTO demo_purchases"
                  + " SELECT (SELECT max(n) FROM demo_purchases) + row_number() OVER (),"
                  + " gen_random_uuid(), p.id, p.shop_id, p.title, p.price, u.id, 4, false, 0"
                  + " FROM users u, LATERAL (SELECT p.* FROM products p JOIN shops s"
                  + "   ON s.id = p.shop_id WHERE p.status = 'ACTIVE' AND s.owner_id <> u.id"
                  + "   ORDER BY p.id LIMIT 2) p WHERE u.email = ?")) {
        unreviewed.setString(1, demoShopperEmail);
        unreviewed.executeUpdate();
      }
      statement.execute(
          "INSERT INTO checkouts (id, user_id, idempotency_key, request_fingerprint, total,"
              + " item_total, payment_status, created_at)"
              + " SELECT checkout_id, buyer_id, 'demo-' || n, 'demo', price, price, 'PAID',"
              + " now() - make_interval(days => days_ago + 8) FROM demo_purchases");
      // Charged in the sandbox (its references), so that support can refund a demo order locally.
      statement.execute(
          "INSERT INTO payments (checkout_id, kind, amount, reference, created_at)"
              + " SELECT checkout_id, 'CHARGE', price, 'sandbox_pi_demo_' || n,"
              + " now() - make_interval(days => days_ago + 8) FROM demo_purchases");
      statement.execute(
          "INSERT INTO orders (checkout_id, buyer_id, shop_id, status, subtotal, ship_name,"
              + " ship_line1, ship_city, ship_region, ship_postal_code, ship_country, carrier,"
              + " tracking_number, payment_reference, created_at, updated_at)"
              + " SELECT d.checkout_id, d.buyer_id, d.shop_id, 'DELIVERED', d.price, u.display_name,"
              + " '12 Market Street', 'Asheville', 'NC', '28801', 'US', 'USPS', 'DEMO' || d.n,"
              + " 'sandbox_pi_demo_' || d.n, now() - make_interval(days => d.days_ago + 8),"
              + " now() - make_interval(days => d.days_ago + 1)"
              + " FROM demo_purchases d JOIN users u ON u.id = d.buyer_id");
      // The demo orders' money in the ledger, as a real checkout books it: the default fee of
      // 6.5 % to the marketplace, the rest owed to the shop and payable three days after payment.
      statement.execute(
          "WITH charges AS (INSERT INTO ledger_transactions (kind, checkout_id, reference, memo,"
              + " created_at) SELECT 'CHARGE', checkout_id, 'sandbox_pi_demo_' || n, 'demo order',"
              + " now() - make_interval(days => days_ago + 8) FROM demo_purchases"
              + " RETURNING id, checkout_id, created_at)"
              + " INSERT INTO ledger_entries (transaction_id, account, shop_id, order_id, amount,"
              + " available_at) SELECT c.id, x.account, x.shop_id, x.order_id, x.amount, x.available_at"
              + " FROM charges c JOIN orders o ON o.checkout_id = c.checkout_id CROSS JOIN LATERAL"
              + " (VALUES ('SHOP', o.shop_id, o.id, round(o.subtotal * 0.065, 2) - o.subtotal,"
              + "   c.created_at + interval '3 days'),"
              + "  ('MARKETPLACE_FEES', CAST(NULL AS bigint), o.id, -round(o.subtotal * 0.065, 2),"
              + "   CAST(NULL AS timestamptz)),"
              + "  ('PROVIDER_CASH', CAST(NULL AS bigint), CAST(NULL AS bigint), o.subtotal,"
              + "   CAST(NULL AS timestamptz))) AS x(account, shop_id, order_id, amount, available_at)"
              + " WHERE x.amount <> 0");
      statement.execute(
          "INSERT INTO order_items (order_id, product_id, title, unit_price, quantity)"
              + " SELECT o.id, d.product_id, d.title, d.price, 1"
              + " FROM demo_purchases d JOIN orders o ON o.checkout_id = d.checkout_id");
      statement.execute(
          "INSERT INTO order_events (order_id, from_status, to_status, actor_id, note, occurred_at)"
              + " SELECT o.id, m.from_status, m.to_status, NULL, m.note,"
              + " now() - make_interval(days => d.days_ago + m.days_before)"
              + " FROM demo_purchases d JOIN orders o ON o.checkout_id = d.checkout_id"
              + " CROSS JOIN (VALUES (NULL, 'PENDING', 'Order placed', 8),"
              + "   ('PENDING', 'PAID', 'Payment received', 8), ('PAID', 'SHIPPED', 'Shipped', 5),"
              + "   ('SHIPPED', 'DELIVERED', 'Delivered', 1)) AS m(from_status, to_status, note,"
              + "   days_before)");
      int reviews =
          statement.executeUpdate(
              "INSERT INTO reviews (order_item_id, product_id, shop_id, author_id, stars, body,"
                  + " created_at, updated_at)"
                  + " SELECT i.id, d.product_id, d.shop_id, d.buyer_id, d.stars,"
                  + " CASE WHEN random() < 0.15 THEN '' ELSE "
                  + Phrases.SQL
                  + " END,"
                  + " now() - make_interval(days => d.days_ago),"
                  + " now() - make_interval(days => d.days_ago)"
                  + " FROM demo_purchases d JOIN orders o ON o.checkout_id = d.checkout_id"
                  + " JOIN order_items i ON i.order_id = o.id"
                  + " LEFT JOIN LATERAL (SELECT min(material) AS material FROM product_materials"
                  + "   WHERE product_id = d.product_id) m ON true"
                  + " LEFT JOIN LATERAL (SELECT min(tag) AS tag FROM product_tags"
                  + "   WHERE product_id = d.product_id) t ON true"
                  + " WHERE d.reviewed");
      statement.execute(
          "INSERT INTO review_replies (review_id, author_id, body, created_at, updated_at)"
              + " SELECT r.id, s.owner_id, CASE WHEN r.stars >= 4"
              + "   THEN 'Thank you so much for the kind words, ' || split_part(u.display_name, ' ', 1)"
              + "     || '! It made our day.'"
              + "   ELSE 'I am sorry it was not quite right, ' || split_part(u.display_name, ' ', 1)"
              + "     || '. Please message me and I will make it right.' END,"
              + " r.created_at + interval '1 day', r.created_at + interval '1 day'"
              + " FROM reviews r JOIN shops s ON s.id = r.shop_id JOIN users u ON u.id = r.author_id"
              + " WHERE random() < 0.2");
      statement.execute(
          "INSERT INTO listing_ratings (product_id, review_count, star_sum, stars_1, stars_2,"
              + " stars_3, stars_4, stars_5)"
              + " SELECT product_id, count(*), sum(stars), count(*) FILTER (WHERE stars = 1),"
              + " count(*) FILTER (WHERE stars = 2), count(*) FILTER (WHERE stars = 3),"
              + " count(*) FILTER (WHERE stars = 4), count(*) FILTER (WHERE stars = 5)"
              + " FROM reviews GROUP BY product_id");
      // The shops' ratings become their reviews' own; shops nobody reviewed have none.
      statement.execute(
          "UPDATE shops s SET rating = coalesce(r.average, 0), rating_count = coalesce(r.count, 0)"
              + " FROM shops x LEFT JOIN (SELECT shop_id, round(avg(stars), 2) AS average,"
              + "   count(*) AS count FROM reviews GROUP BY shop_id) r ON r.shop_id = x.id"
              + " WHERE s.id = x.id");
      return reviews;
    }
  }

  /** A review's words, by its stars, naming the listing's first material or tag. */
  private static final class Phrases {

    private static final String THING = "coalesce(m.material, t.tag, 'piece')";

    static final String SQL =
        "CASE d.stars"
            + " WHEN 5 THEN (ARRAY["
            + "'Absolutely beautiful. The ' || "
            + THING
            + " || ' is even lovelier in person, and it arrived beautifully wrapped.',"
            + " 'Exactly as pictured and so well made. You can tell real care went into the ' || "
            + THING
            + " || '.',"
            + " 'Bought this as a gift and ended up ordering a second one for myself. Fast shipping too.',"
            + " 'Gorgeous work. The ' || "
            + THING
            + " || ' has a lovely feel and the finish is perfect.'])[1 + floor(random() * 4)::int]"
            + " WHEN 4 THEN (ARRAY["
            + "'Really lovely ' || "
            + THING
            + " || '. Took a little longer to arrive than I hoped, but worth the wait.',"
            + " 'Very nice quality and true to the photos. The colour is slightly softer in person.',"
            + " 'Well made and nicely packed. I would buy from this shop again.'])"
            + "[1 + floor(random() * 3)::int]"
            + " WHEN 3 THEN (ARRAY["
            + "'It is fine. The ' || "
            + THING
            + " || ' looks a little different from the photos.',"
            + " 'Decent, but smaller than I expected from the listing.'])"
            + "[1 + floor(random() * 2)::int]"
            + " WHEN 2 THEN 'Not what I hoped for: the ' || "
            + THING
            + " || ' felt thinner than described and shipping was slow.'"
            + " ELSE 'Arrived damaged and it took a long time to hear back from the shop.' END";
  }
}
