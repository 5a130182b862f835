package org.handmademarket.it.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.handmademarket.localstack.testing.IntegrationServices;

/**
 * Shops and listings written straight into PostgreSQL with JDBC, as the catalogue would store them,
 * for tests of features that read the catalogue (search, the feed) without going through it. Each
 * shop gets its own owner account with a unique email, so catalogues of several tests coexist in
 * one database. Shoppers come with a session written the same way, so that tests with many of them
 * do not pay a password hash each.
 */
public final class TestCatalogue implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Connection connection;

  private TestCatalogue(Connection connection) {
    this.connection = connection;
  }

  /** Connects as the embedded server's superuser (no password). */
  public static TestCatalogue open(String jdbcUrl) throws SQLException {
    return new TestCatalogue(DriverManager.getConnection(jdbcUrl, "postgres", ""));
  }

  /** The database of the integration services this test run started. */
  public static TestCatalogue open() throws SQLException {
    return open(IntegrationServices.current().database().jdbcUrl());
  }

  /** Letters only and no vowels: a token that no stemmer, synonym or real listing comes near. */
  public static String madeUpWord() {
    String letters = "bcdfgkmnpqrtvwxz";
    Random random = new Random();
    StringBuilder word = new StringBuilder("zx");
    for (int i = 0; i < 8; i++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }

  public Connection connection() {
    return connection;
  }

  public long shop(String name, String slug, String rating, int salesCount) throws SQLException {
    return shop(name, slug, rating, salesCount, "ACTIVE");
  }

  public long shop(String name, String slug, String rating, int salesCount, String status)
      throws SQLException {
    long owner =
        insert(
            "INSERT INTO users (email, display_name, password_hash) VALUES (?, ?, 'not-a-hash') RETURNING id",
            slug + "-" + UUID.randomUUID() + "@example.test",
            name);
    return insert(
        "INSERT INTO shops (owner_id, name, slug, rating, rating_count, sales_count, status)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        owner,
        name,
        slug,
        new BigDecimal(rating),
        new BigDecimal(rating).signum() == 0 ? 0 : 10,
        salesCount,
        status);
  }

  public long listing(long shopId, Listing listing) throws SQLException {
    long id =
        insert(
            "INSERT INTO products (shop_id, category_id, title, description, price, quantity, is_vintage, status)"
                + " VALUES (?, (SELECT id FROM categories WHERE slug = ?), ?, ?, ?, ?, ?, ?) RETURNING id",
            shopId,
            listing.category(),
            listing.title(),
            listing.description(),
            new BigDecimal(listing.price()),
            listing.quantity(),
            listing.isVintage(),
            listing.status());
    for (String tag : listing.tags()) {
      insert(
          "INSERT INTO product_tags (product_id, tag) VALUES (?, ?) RETURNING product_id", id, tag);
    }
    for (String material : listing.materials()) {
      insert(
          "INSERT INTO product_materials (product_id, material) VALUES (?, ?) RETURNING product_id",
          id,
          material);
    }
    if (listing.image() != null) {
      insert(
          "INSERT INTO product_images (product_id, position, storage_key, thumbnail_key, content_type, width, height)"
              + " VALUES (?, 0, ?, ?, 'image/webp', 800, 800) RETURNING id",
          id,
          listing.image().replace("thumb", "full"),
          listing.image());
    }
    return id;
  }

  /**
   * An account with a session of its own, as the identity service writes them, so that tests need
   * no password hashing: every account is a shopper, plus the roles given.
   */
  public Account account(String... roles) throws SQLException {
    long userId =
        insert(
            "INSERT INTO users (email, display_name, password_hash) VALUES (?, 'Tester', 'not-a-hash') RETURNING id",
            "account-" + UUID.randomUUID() + "@example.test");
    insert(
        "INSERT INTO user_roles (user_id, role) VALUES (?, 'SHOPPER') RETURNING user_id", userId);
    for (String role : roles) {
      if (role.equals("SHOPPER")) {
        continue;
      }
      insert(
          "INSERT INTO user_roles (user_id, role) VALUES (?, ?) RETURNING user_id", userId, role);
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    insert(
        "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, now() + interval '1 day') RETURNING user_id",
        sha256(token),
        userId);
    return new Account(userId, 0, token);
  }

  /** A seller with a session and a shop of their own. */
  public Account seller(String shopName) throws SQLException {
    Account account = account("SELLER");
    long shopId =
        insert(
            "INSERT INTO shops (owner_id, name, slug) VALUES (?, ?, ?) RETURNING id",
            account.userId(),
            shopName,
            "shop-" + UUID.randomUUID());
    return new Account(account.userId(), shopId, account.token());
  }

  /** A signed-in account: its id, its shop's id (0 without one) and its bearer token. */
  public record Account(long userId, long shopId, String token) {}

  /**
   * Changes a listing's stock and announces it, in one transaction, as the inventory service does.
   */
  public void setQuantity(long productId, int quantity) throws SQLException {
    inTransaction(
        () -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE products SET quantity = ?, updated_at = now() WHERE id = ?")) {
            update.setInt(1, quantity);
            update.setLong(2, productId);
            update.executeUpdate();
          }
          OutboxRows.stockChanged(connection, productId);
        });
  }

  /** Announces listings as created or edited. */
  public void announce(long... productIds) throws SQLException {
    for (long id : productIds) {
      OutboxRows.productChanged(connection, id);
    }
  }

  public void announceShop(long shopId) throws SQLException {
    OutboxRows.shopChanged(connection, shopId);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private interface Work {
    void run() throws SQLException;
  }

  private void inTransaction(Work work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private long insert(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet key = statement.executeQuery()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
