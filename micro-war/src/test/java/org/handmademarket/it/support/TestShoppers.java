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
 * Signed-in shoppers written straight into PostgreSQL (account, role and session), so that a load
 * of shoppers does not cost a password hash each. {@link #signIn} answers the session's bearer
 * token.
 */
public final class TestShoppers {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestShoppers() {}

  /** A new shopper with a session of a day; the bearer token. */
  public static String signIn(String jdbcUrl) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      long userId =
          insert(
              connection,
              "INSERT INTO users (email, display_name, password_hash) VALUES (?, 'Shopper', 'x') RETURNING id",
              "shopper-" + UUID.randomUUID() + "@example.test");
      insert(
          connection,
          "INSERT INTO user_roles (user_id, role) VALUES (?, 'SHOPPER') RETURNING user_id",
          userId);
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      insert(
          connection,
          "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, now() + interval '1 day') RETURNING user_id",
          sha256(token),
          userId);
      return token;
    }
  }

  /** The account a token signs in, for checks in the database. */
  public static long userOf(String jdbcUrl, String token) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      return insert(connection, "SELECT user_id FROM sessions WHERE token_hash = ?", sha256(token));
    }
  }

  private static long insert(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
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
