package org.handmademarket.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tops the local database up to a number of searchable listings with generated ones, in plain SQL
 * ({@code generate_series}), for when the demo catalogue is smaller than the benchmark needs.
 * Generated shops are named {@code bench-shop-N}; their listings combine per-category nouns with
 * adjectives and materials, so that searches hit realistic numbers of documents. The new shops are
 * announced through the outbox ({@code shop.changed}), so the application indexes them as it would
 * a real change.
 */
final class BenchCatalogue {

  static final int LISTINGS_PER_SHOP = 100;

  private static final String VOCABULARY =
      """
      ('necklaces', ARRAY['necklace','pendant','choker','locket']),
      ('earrings', ARRAY['earrings','studs','hoops','drop earrings']),
      ('rings', ARRAY['ring','band','signet ring','stacking ring']),
      ('bracelets', ARRAY['bracelet','bangle','cuff']),
      ('wall-decor', ARRAY['wall hanging','mirror','clock','wall art']),
      ('textiles', ARRAY['cushion','throw','blanket','quilt','rug']),
      ('lighting', ARRAY['lamp','lantern','pendant light']),
      ('dresses', ARRAY['dress','sundress','tea dress']),
      ('sweaters', ARRAY['sweater','cardigan','jumper']),
      ('scarves', ARRAY['scarf','shawl','cowl']),
      ('prints', ARRAY['art print','poster','linocut']),
      ('paintings', ARRAY['painting','watercolour','oil painting']),
      ('mugs', ARRAY['mug','cup','tumbler']),
      ('bowls', ARRAY['bowl','serving bowl','dish']),
      ('vases', ARRAY['vase','bud vase','planter']),
      ('wallets', ARRAY['wallet','card holder','coin purse']),
      ('belts', ARRAY['belt','strap']),
      ('chairs', ARRAY['chair','armchair','stool','rocking chair']),
      ('sofas', ARRAY['sofa','settee','loveseat']),
      ('tables', ARRAY['table','side table','coffee table']),
      ('candles', ARRAY['candle','soap','wax melt']),
      ('paper-goods', ARRAY['notebook','greeting card','journal']),
      ('woodwork', ARRAY['cutting board','spoon','bowl','box']),
      ('bags', ARRAY['tote bag','backpack','clutch','purse']),
      ('toys', ARRAY['teddy bear','puzzle','rag doll','wooden train']),
      ('knitting', ARRAY['beanie','mittens','baby blanket','socks']),
      ('wedding', ARRAY['veil','cake topper','garter','ring pillow'])
      """;

  private static final String ADJECTIVES =
      "ARRAY['blue','green','red','black','white','rustic','minimalist','boho','vintage','antique',"
          + "'hand painted','carved','woven','embroidered','speckled','hammered','personalised',"
          + "'floral','striped','small','large','delicate','chunky','retro','mid century','gold',"
          + "'silver','pastel','natural','handmade']";

  private static final String MATERIALS =
      "ARRAY['leather','oak','walnut','linen','cotton','wool','silk','ceramic','stoneware','porcelain',"
          + "'glass','brass','copper','sterling silver','gold','velvet','rattan','paper','beeswax','pine']";

  private BenchCatalogue() {}

  static long searchableListings(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery(
                "SELECT count(*) FROM products p JOIN shops s ON s.id = p.shop_id"
                    + " WHERE p.status = 'ACTIVE' AND s.status = 'ACTIVE'")) {
      count.next();
      return count.getLong(1);
    }
  }

  /**
   * Adds shops of generated listings until at least {@code target} are searchable; returns how many
   * were added.
   */
  static long topUp(Connection connection, long target) throws SQLException {
    long missing = target - searchableListings(connection);
    if (missing <= 0) {
      return 0;
    }
    int shops = (int) ((missing + LISTINGS_PER_SHOP - 1) / LISTINGS_PER_SHOP);
    int first = nextBenchShopNumber(connection);
    int last = first + shops - 1;
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO users (email, display_name, password_hash) SELECT 'bench-' || g || '@example.test',"
              + " 'Bench maker ' || g, 'not-a-hash' FROM generate_series("
              + first
              + ", "
              + last
              + ") g");
      // A long tail of reputations: most shops small, a few with thousands of sales.
      statement.executeUpdate(
          "INSERT INTO shops (owner_id, name, slug, rating, rating_count, sales_count)"
              + " SELECT u.id, 'Bench Shop ' || g, 'bench-shop-' || g, round((3 + random() * 2)::numeric, 2),"
              + " 1 + floor(random() * 200)::int, floor(power(random(), 4) * 8000)::int"
              + " FROM generate_series("
              + first
              + ", "
              + last
              + ") g"
              + " JOIN users u ON u.email = 'bench-' || g || '@example.test'");
      statement.executeUpdate(
          "WITH vocabulary(slug, nouns) AS (VALUES "
              + VOCABULARY
              + "),"
              + " cats AS (SELECT c.id, v.nouns, (row_number() OVER (ORDER BY c.id) - 1)::int AS k"
              + "   FROM categories c JOIN vocabulary v ON v.slug = c.slug),"
              + " words AS (SELECT "
              + ADJECTIVES
              + " AS adjectives, "
              + MATERIALS
              + " AS materials),"
              + " listings AS ("
              + "   SELECT s.id AS shop_id, c.id AS category_id,"
              + "     w.adjectives[1 + floor(random() * array_length(w.adjectives, 1))::int] AS adjective,"
              + "     w.materials[1 + floor(random() * array_length(w.materials, 1))::int] AS material,"
              + "     c.nouns[1 + floor(random() * array_length(c.nouns, 1))::int] AS noun"
              + "   FROM shops s CROSS JOIN generate_series(1, "
              + LISTINGS_PER_SHOP
              + ") i CROSS JOIN words w"
              + "   JOIN cats c ON c.k = (s.id * 7 + i) % (SELECT count(*) FROM cats)"
              + "   WHERE s.slug IN (SELECT 'bench-shop-' || g FROM generate_series("
              + first
              + ", "
              + last
              + ") g))"
              + " INSERT INTO products (shop_id, category_id, title, description, price, quantity, is_vintage, status)"
              + " SELECT shop_id, category_id, initcap(adjective) || ' ' || material || ' ' || noun,"
              + "   'A ' || adjective || ' ' || noun || ' in ' || material || ', made in small batches and'"
              + "   || ' finished by hand. Ships in recycled packaging within three days.',"
              + "   round((4 + power(random(), 2) * 500)::numeric, 2),"
              + "   CASE WHEN random() < 0.08 THEN 0 WHEN random() < 0.6 THEN 1 ELSE 2 + floor(random() * 8)::int END,"
              + "   random() < 0.33, 'ACTIVE'"
              + " FROM listings");
      statement.executeUpdate(
          "INSERT INTO product_tags (product_id, tag)"
              + " SELECT DISTINCT p.id, t.tag FROM products p JOIN shops s ON s.id = p.shop_id,"
              + " LATERAL (VALUES (lower(split_part(p.title, ' ', 2))), (lower(split_part(p.title, ' ', 1))), ('gift')) t(tag)"
              + " WHERE s.slug IN (SELECT 'bench-shop-' || g FROM generate_series("
              + first
              + ", "
              + last
              + ") g)"
              + " AND t.tag <> ''");
      statement.executeUpdate(
          "INSERT INTO outbox (aggregate_type, aggregate_id, event_type)"
              + " SELECT 'SHOP', s.id, 'shop.changed' FROM shops s"
              + " WHERE s.slug IN (SELECT 'bench-shop-' || g FROM generate_series("
              + first
              + ", "
              + last
              + ") g)");
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    return (long) shops * LISTINGS_PER_SHOP;
  }

  private static int nextBenchShopNumber(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT coalesce(max(substring(slug FROM 12)::int), 0) + 1 FROM shops WHERE slug ~ '^bench-shop-[0-9]+$'");
        ResultSet next = query.executeQuery()) {
      next.next();
      return next.getInt(1);
    }
  }
}
