package org.handmademarket.localstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a small demo catalogue (2,000 listings) into a real PostgreSQL with the real schema and
 * checks what a developer relies on: the rows obey the schema's rules and the catalogue's promises
 * (every category, a third vintage, mostly one of a kind, long tails), the demo accounts sign in
 * with the printed passwords, the photos exist, and a second load leaves a non-empty database
 * alone.
 */
class DemoCatalogueLoadTest {

  private static final int LISTINGS = 2_000;
  private static final int SHOPS = 100;

  /** Enough to check that every listing's photos exist; the full set takes seconds to paint. */
  private static final int PHOTO_VARIANTS = 3;

  @TempDir static Path temp;

  private static MigratedDatabase database;
  private static Connection connection;
  private static DemoCatalogue.Outcome firstLoad;
  private static String firstLoadOutput;

  @BeforeAll
  static void loadOnce() throws Exception {
    database = MigratedDatabase.start(temp.resolve("postgres"));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    firstLoad =
        new DemoCatalogue(options(), new PrintStream(output, true, StandardCharsets.UTF_8))
            .loadIfEmpty();
    firstLoadOutput = output.toString(StandardCharsets.UTF_8);
    System.out.print(firstLoadOutput);
    connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
  }

  @AfterAll
  static void stop() throws SQLException {
    if (connection != null) {
      connection.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private static DemoOptions options() {
    return new DemoOptions(
        database.jdbcUrl(),
        "postgres",
        "",
        LISTINGS,
        SHOPS,
        DemoOptions.DEFAULT_SEED,
        temp.resolve("images"),
        PHOTO_VARIANTS);
  }

  @Test
  void loadsTheRequestedSizeAndReportsProgress() throws SQLException {
    assertTrue(firstLoad.loaded());
    assertEquals(LISTINGS, count("SELECT count(*) FROM products"));
    assertEquals(SHOPS, count("SELECT count(*) FROM shops"));
    assertEquals(DemoAccounts.FIXED_ACCOUNTS + SHOPS - 1, count("SELECT count(*) FROM users"));
    assertEquals(SHOPS, count("SELECT count(*) FROM user_roles WHERE role = 'SELLER'"));
    assertEquals(
        0,
        count("SELECT count(*) FROM users WHERE email_verified_at IS NULL"),
        "demo accounts have confirmed addresses, as a shop needs");
    assertEquals(
        SHOPS,
        count(
            "SELECT count(*) FROM outbox WHERE aggregate_type = 'SHOP' AND event_type = 'shop.changed'"),
        "every shop is announced to the search indexer");
    assertEquals(SHOPS, count("SELECT count(*) FROM outbox"), "and nothing else");
    assertTrue(firstLoadOutput.contains("listings:  50% (1,000 of 2,000)"), firstLoadOutput);
    assertTrue(firstLoadOutput.contains("Demo catalogue loaded in"), firstLoadOutput);
  }

  @Test
  void listingsObeyTheSchemaAndTheCatalogueRules() throws SQLException {
    assertEquals(0, count("SELECT count(*) FROM shops WHERE slug !~ '^[a-z0-9]+(-[a-z0-9]+)*$'"));
    assertEquals(0, count("SELECT count(*) FROM products WHERE price < 0 OR quantity < 0"));
    assertEquals(
        0, count("SELECT count(*) FROM products WHERE (status = 'SOLD_OUT') <> (quantity = 0)"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT p.id FROM products p LEFT JOIN product_tags t ON"
                + " t.product_id = p.id GROUP BY p.id HAVING count(t.tag) NOT BETWEEN 3 AND 8) x"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT p.id FROM products p LEFT JOIN product_materials m ON"
                + " m.product_id = p.id GROUP BY p.id HAVING count(m.material) NOT BETWEEN 1 AND 3)"
                + " x"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT p.id FROM products p LEFT JOIN product_images i ON"
                + " i.product_id = p.id GROUP BY p.id HAVING count(i.id) = 0 OR max(i.position) <>"
                + " count(i.id) - 1) x"),
        "every listing has photos at positions 0..n-1");
    Map<Long, List<ItemKind>> kindsByCategory =
        CategoryVocabularies.KINDS.stream().collect(Collectors.groupingBy(ItemKind::categoryId));
    for (Map.Entry<Long, List<ItemKind>> category : kindsByCategory.entrySet()) {
      int min =
          category.getValue().stream().mapToInt(ItemKind::minPriceDollars).min().orElseThrow();
      int max =
          category.getValue().stream().mapToInt(ItemKind::maxPriceDollars).max().orElseThrow();
      assertEquals(
          0,
          count(
              "SELECT count(*) FROM products WHERE category_id = "
                  + category.getKey()
                  + " AND (price < "
                  + (min - 0.01)
                  + " OR price > "
                  + max
                  + ")"),
          "prices in category " + category.getKey());
    }
    assertEquals(0, count("SELECT count(*) FROM products WHERE created_at > updated_at"));
  }

  @Test
  void everyShopHasAShippingProfile() throws SQLException {
    assertEquals(SHOPS, count("SELECT count(*) FROM shipping_profiles"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM shops s LEFT JOIN shipping_profiles p ON p.shop_id = s.id"
                + " WHERE p.shop_id IS NULL"));
    assertTrue(
        count("SELECT count(DISTINCT origin_country) FROM shipping_profiles") >= 5,
        "ships from several countries");
  }

  @Test
  void everyCategoryOfTheTaxonomyHasListings() throws SQLException {
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM categories c WHERE NOT EXISTS (SELECT 1 FROM products p WHERE"
                + " p.category_id = c.id)"));
  }

  @Test
  void sharesAndTailsLookLikeAMarketplace() throws SQLException {
    double vintage = ratio("SELECT avg(CASE WHEN is_vintage THEN 1.0 ELSE 0 END) FROM products");
    assertTrue(vintage > 0.28 && vintage < 0.39, "about a third vintage: " + vintage);
    double vintageHandmade =
        ratio(
            "SELECT avg(CASE WHEN is_handmade THEN 1.0 ELSE 0 END) FROM products WHERE is_vintage");
    assertTrue(vintageHandmade < 0.2, "vintage items are rarely handmade: " + vintageHandmade);
    double furnitureVintage =
        ratio(
            "SELECT avg(CASE WHEN is_vintage THEN 1.0 ELSE 0 END) FROM products WHERE category_id"
                + " IN (9, 901, 902, 903)");
    assertTrue(furnitureVintage > 0.75, "vintage furniture is mostly vintage: " + furnitureVintage);
    double oneOfAKind =
        ratio(
            "SELECT avg(CASE WHEN quantity = 1 THEN 1.0 ELSE 0 END) FROM products WHERE status <>"
                + " 'SOLD_OUT'");
    assertTrue(oneOfAKind > 0.5 && oneOfAKind < 0.7, "mostly one of a kind: " + oneOfAKind);
    double active =
        ratio("SELECT avg(CASE WHEN status = 'ACTIVE' THEN 1.0 ELSE 0 END) FROM products");
    assertTrue(active > 0.86 && active < 0.94, "about 90% active: " + active);
    for (String status : List.of("DRAFT", "INACTIVE", "SOLD_OUT")) {
      assertTrue(
          count("SELECT count(*) FROM products WHERE status = '" + status + "'") > 0, status);
    }
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM shops WHERE (rating_count = 0) <> (rating = 0)"
                + " OR rating > 5 OR (rating_count > 0 AND rating < 1)"));
    double reviewedShops =
        ratio("SELECT avg(CASE WHEN rating_count > 0 THEN 1.0 ELSE 0 END) FROM shops");
    assertTrue(reviewedShops > 0.8, "most shops have reviews: " + reviewedShops);
    double averageRating = ratio("SELECT avg(rating) FROM shops WHERE rating_count > 0");
    assertTrue(
        averageRating > 3.8 && averageRating < 4.7,
        "ratings skew high, as marketplace ratings do: " + averageRating);
    long biggestSales = count("SELECT max(sales_count) FROM shops");
    long medianSales =
        count("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY sales_count) FROM shops");
    assertTrue(
        biggestSales > 10 * medianSales,
        "sales have a long tail: " + biggestSales + " vs " + medianSales);
    long biggestShop =
        count("SELECT max(n) FROM (SELECT count(*) n FROM products GROUP BY shop_id) x");
    long medianShop =
        count(
            "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM (SELECT count(*) n FROM"
                + " products GROUP BY shop_id) x");
    assertTrue(
        biggestShop > 5 * medianShop,
        "listings have a long tail: " + biggestShop + " vs " + medianShop);
  }

  @Test
  void reviewsOfDeliveredOrdersAreTheRatingsShown() throws SQLException {
    long reviews = count("SELECT count(*) FROM reviews");
    double reviewedListings =
        ratio(
            "SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM reviews r WHERE r.product_id = p.id)"
                + " THEN 1.0 ELSE 0 END) FROM products p WHERE status IN ('ACTIVE', 'SOLD_OUT')");
    assertTrue(
        reviewedListings > 0.25 && reviewedListings < 0.35,
        "about three in ten listings reviewed: " + reviewedListings);
    assertTrue(reviews > count("SELECT count(DISTINCT product_id) FROM reviews"), "some have more");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM reviews r JOIN order_items i ON i.id = r.order_item_id"
                + " JOIN orders o ON o.id = i.order_id JOIN shops s ON s.id = r.shop_id"
                + " WHERE o.status <> 'DELIVERED' OR o.buyer_id <> r.author_id"
                + " OR i.product_id <> r.product_id OR o.shop_id <> r.shop_id"
                + " OR s.owner_id = r.author_id"),
        "every review is its author's delivered purchase, never of their own shop");
    assertEquals(
        count("SELECT count(*) FROM payments WHERE kind = 'CHARGE'"),
        count("SELECT count(*) FROM ledger_transactions WHERE kind = 'CHARGE'"),
        "every demo charge is in the ledger");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT transaction_id FROM ledger_entries"
                + " GROUP BY transaction_id HAVING sum(amount) <> 0) unbalanced"),
        "and balances");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM shops s LEFT JOIN (SELECT shop_id, round(avg(stars), 2) a,"
                + " count(*) n FROM reviews GROUP BY shop_id) r ON r.shop_id = s.id"
                + " WHERE s.rating <> coalesce(r.a, 0) OR s.rating_count <> coalesce(r.n, 0)"),
        "every shop's rating is its reviews' average");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM listing_ratings l FULL JOIN (SELECT product_id, count(*) n,"
                + " sum(stars) s FROM reviews GROUP BY product_id) r ON r.product_id = l.product_id"
                + " WHERE l.review_count IS DISTINCT FROM r.n OR l.star_sum IS DISTINCT FROM r.s"),
        "every listing's rating is its reviews'");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM checkouts c JOIN orders o ON o.checkout_id = c.id"
                + " LEFT JOIN payments p ON p.checkout_id = c.id AND p.kind = 'CHARGE'"
                + " WHERE p.amount IS DISTINCT FROM c.total OR c.total <> o.subtotal"),
        "what was charged is what the orders hold");
    assertTrue(
        count("SELECT count(*) FROM reviews WHERE body ~ 'Absolutely|lovely|Lovely|Decent'") > 0);
    assertTrue(count("SELECT count(*) FROM review_replies") > 0, "shops answer some reviews");
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id"
                + " JOIN users u ON u.id = o.buyer_id WHERE u.email = '"
                + DemoAccounts.SHOPPER_EMAIL
                + "' AND o.status = 'DELIVERED'"
                + " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.order_item_id = i.id)"),
        "the demo shopper has two delivered items to review");
  }

  @Test
  void titlesCarryTheSearchSynonyms() throws SQLException {
    for (String word :
        List.of(
            "sofa",
            "couch",
            "settee",
            "necklace",
            "pendant",
            "choker",
            "mug",
            "cup",
            "earrings",
            "studs",
            "hoops")) {
      assertTrue(
          count("SELECT count(*) FROM products WHERE title ~* '\\m" + word + "\\M'") > 0,
          "a title with '" + word + "'");
    }
  }

  @Test
  void demoAccountsHaveTheirRolesAndSignInWithThePrintedPasswords() throws Exception {
    assertEquals(DemoAccounts.printable(), firstLoad.accounts());
    // PBKDF2 with 210,000 iterations is slow by design: check each distinct stored hash once.
    Map<String, String> passwordOfHash = new HashMap<>();
    for (DemoAccount account : firstLoad.accounts()) {
      List<String> roles = new ArrayList<>();
      String hash = null;
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT u.password_hash, r.role FROM users u JOIN user_roles r ON r.user_id ="
                      + " u.id WHERE u.email = '"
                      + account.email()
                      + "' ORDER BY r.role")) {
        while (rows.next()) {
          hash = rows.getString(1);
          roles.add(rows.getString(2));
        }
      }
      assertEquals(account.roles().stream().sorted().toList(), roles, account.email());
      assertEquals(account.password(), passwordOfHash.getOrDefault(hash, account.password()));
      passwordOfHash.put(hash, account.password());
    }
    for (Map.Entry<String, String> hashed : passwordOfHash.entrySet()) {
      assertTrue(
          verifies(hashed.getValue(), hashed.getKey()), "signs in with " + hashed.getValue());
    }
    String adminHash = text("SELECT password_hash FROM users WHERE email = 'admin@handmade.test'");
    assertFalse(verifies(DemoAccounts.SHOPPER_PASSWORD, adminHash), "another account's password");
    assertTrue(
        verifies(
            DemoAccounts.SELLER_PASSWORD,
            text("SELECT password_hash FROM users WHERE email = 'seller1@shops.handmade.test'")));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM users u WHERE EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id"
                + " = u.id AND r.role = 'SELLER') AND NOT EXISTS (SELECT 1 FROM user_roles r WHERE"
                + " r.user_id = u.id AND r.role = 'SHOPPER')"),
        "every seller is also a shopper");
    assertTrue(
        count(
                "SELECT count(*) FROM favorites f JOIN users u ON u.id = f.user_id WHERE u.email ="
                    + " 'shopper@handmade.test'")
            > 0);
  }

  @Test
  void theDemoSellerHasAMidSizedShopWithListingsOfSeveralKinds() throws SQLException {
    String shop =
        "(SELECT s.id FROM shops s JOIN users u ON u.id = s.owner_id WHERE u.email ="
            + " 'seller@handmade.test')";
    assertEquals("willow-and-wick", text("SELECT slug FROM shops WHERE id = " + shop));
    assertEquals(12, count("SELECT count(*) FROM products WHERE shop_id = " + shop));
    assertTrue(
        count("SELECT count(DISTINCT category_id) FROM products WHERE shop_id = " + shop) >= 5);
    assertTrue(
        count(
                "SELECT count(*) FROM products WHERE quantity = 1 AND status = 'ACTIVE' AND shop_id"
                    + " = "
                    + shop)
            >= 1);
    assertEquals(
        1, count("SELECT count(*) FROM products WHERE status = 'DRAFT' AND shop_id = " + shop));
    assertEquals(
        1, count("SELECT count(*) FROM products WHERE status = 'SOLD_OUT' AND shop_id = " + shop));
  }

  @Test
  void everyReferencedPhotoIsAJpegOnDisk() throws Exception {
    Path images = temp.resolve("images");
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT DISTINCT storage_key, thumbnail_key, width, height FROM product_images")) {
      int checked = 0;
      while (rows.next()) {
        for (String key : List.of(rows.getString(1), rows.getString(2))) {
          assertTrue(key.matches("demo/[a-z0-9-]+/\\d{2}(-thumb)?\\.jpg"), key);
          byte[] start = Files.readAllBytes(images.resolve(key));
          assertTrue((start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xd8, key + " is a JPEG");
        }
        assertEquals(DemoPhotos.SIZE, rows.getInt(3));
        assertEquals(DemoPhotos.SIZE, rows.getInt(4));
        checked++;
      }
      assertTrue(checked > 100, "distinct photos: " + checked);
    }
  }

  @Test
  void everyShopHasALogoAndABannerOnDisk() throws Exception {
    assertEquals(
        0, count("SELECT count(*) FROM shops WHERE logo_image IS NULL OR banner_image IS NULL"));
    Path images = temp.resolve("images");
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT DISTINCT name, logo_image, banner_image FROM shops")) {
      while (rows.next()) {
        String logo = rows.getString(2);
        assertTrue(logo.matches("demo/shops/logo-[A-Z]-\\d\\.jpg"), logo);
        String initial = rows.getString(1).replaceAll("[^A-Za-z]", "");
        if (!initial.isEmpty()) {
          assertEquals(
              Character.toUpperCase(initial.charAt(0)),
              logo.charAt("demo/shops/logo-".length()),
              "the logo shows the shop's initial: " + rows.getString(1));
        }
        String thumbnail = logo.replace(".jpg", "-thumb.jpg");
        for (String key : List.of(logo, thumbnail, rows.getString(3))) {
          byte[] start = Files.readAllBytes(images.resolve(key));
          assertTrue((start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xd8, key + " is a JPEG");
        }
      }
    }
  }

  @Test
  void laterInsertsContinueAfterTheGeneratedIds() throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO users (email, display_name, password_hash) VALUES ('new@example.test',"
              + " 'New', 'x')");
      statement.executeUpdate(
          "INSERT INTO shops (owner_id, name, slug) SELECT id, 'New', 'new-shop' FROM users WHERE"
              + " email = 'new@example.test'");
      statement.executeUpdate(
          "INSERT INTO products (shop_id, category_id, title, price, quantity) SELECT id, 1, 'New',"
              + " 1, 1 FROM shops WHERE slug = 'new-shop'");
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  @Test
  void aSecondLoadLeavesTheDatabaseAlone() throws Exception {
    long before = count("SELECT count(*) FROM products");
    String fingerprint = text("SELECT md5(string_agg(title, '' ORDER BY id)) FROM products");
    DemoCatalogue.Outcome second =
        new DemoCatalogue(
                options(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .loadIfEmpty();
    assertFalse(second.loaded());
    assertEquals(
        DemoAccounts.printable(),
        second.accounts(),
        "the existing demo accounts are still printed");
    assertEquals(before, count("SELECT count(*) FROM products"));
    assertEquals(fingerprint, text("SELECT md5(string_agg(title, '' ORDER BY id)) FROM products"));
  }

  /**
   * Checks a hash the way Jakarta Security's Pbkdf2PasswordHash does, independently of the
   * generator.
   */
  private static boolean verifies(String password, String stored) throws Exception {
    String[] parts = stored.split(":");
    assertEquals(4, parts.length, stored);
    assertEquals("PBKDF2WithHmacSHA512", parts[0]);
    assertEquals("210000", parts[1]);
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    assertEquals(32, salt.length);
    assertEquals(32, expected.length);
    byte[] actual =
        SecretKeyFactory.getInstance(parts[0])
            .generateSecret(
                new PBEKeySpec(
                    password.toCharArray(), salt, Integer.parseInt(parts[1]), expected.length * 8))
            .getEncoded();
    return MessageDigest.isEqual(expected, actual);
  }

  private static long count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static double ratio(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getDouble(1);
    }
  }

  private static String text(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
