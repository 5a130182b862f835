package org.handmademarket.it.support;

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
import java.util.UUID;

/**
 * Accounts with a live session, written straight into the test database (no password hash to pay
 * for), and shops for them.
 */
public final class TestAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestAccounts() {}

  /** A signed-in account: its id and the session token a browser would hold in its cookie. */
  public record SignedIn(long userId, String token) {}

  /** A seller: the account and its shop. */
  public record Seller(SignedIn account, long shopId) {
    public String token() {
      return account.token();
    }
  }

  public static SignedIn shopper() throws SQLException {
    return signedIn("SHOPPER");
  }

  /** An account with the SHOPPER role, and {@code role} too when it is another. */
  public static SignedIn signedIn(String role) throws SQLException {
    long userId =
        Long.parseLong(
            scalar(
                "INSERT INTO users (email, display_name, password_hash) VALUES (?, 'Tester', 'x') RETURNING id",
                "tester-" + UUID.randomUUID() + "@example.org"));
    scalar("INSERT INTO user_roles (user_id, role) VALUES (?, 'SHOPPER') RETURNING user_id", userId);
    if (!"SHOPPER".equals(role)) {
      scalar("INSERT INTO user_roles (user_id, role) VALUES (?, ?) RETURNING user_id", userId, role);
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    scalar(
        "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, now() + interval '1 day') RETURNING user_id",
        sha256(token),
        userId);
    return new SignedIn(userId, token);
  }

  public static Seller seller(String shopName) throws SQLException {
    SignedIn account = signedIn("SELLER");
    long shopId =
        Long.parseLong(
            scalar(
                "INSERT INTO shops (owner_id, name, slug) VALUES (?, ?, ?) RETURNING id",
                account.userId(),
                shopName,
                "shop-" + UUID.randomUUID()));
    return new Seller(account, shopId);
  }

  /** An active listing of the seller's shop. */
  public static long listing(Seller seller, String title, int quantity) throws SQLException {
    return Long.parseLong(
        scalar(
            "INSERT INTO products (shop_id, category_id, title, price, quantity, status)"
                + " VALUES (?, 501, ?, 12.50, ?, 'ACTIVE') RETURNING id",
            seller.shopId(),
            title,
            quantity));
  }

  /** The first column of the first row of a query (or of an INSERT ... RETURNING). */
  public static String scalar(String query, Object... parameters) throws SQLException {
    try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
        PreparedStatement prepared = connection.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = prepared.executeQuery()) {
        if (!rows.next()) {
          throw new AssertionError("no row: " + query);
        }
        return rows.getString(1);
      }
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
