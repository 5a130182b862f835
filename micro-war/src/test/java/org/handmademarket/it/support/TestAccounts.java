package org.handmademarket.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Accounts with a session of their own written straight into the database, so that tests with many
 * shoppers do not pay a password hash each: the bearer token is what the API sees.
 */
public final class TestAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A signed-in account: its id and its session's bearer token. */
  public record Account(long userId, String token) {}

  private TestAccounts() {}

  /** A shopper, or a shopper who also has {@code role} (SELLER, SUPPORT, ADMIN). */
  public static Account create(Connection connection, String role) throws SQLException {
    long userId =
        insert(
            connection,
            "INSERT INTO users (email, display_name, password_hash) VALUES (?, 'Tester', 'x') RETURNING id",
            "tester-" + UUID.randomUUID() + "@example.org");
    insert(connection, "INSERT INTO user_roles (user_id, role) VALUES (?, 'SHOPPER') RETURNING user_id", userId);
    if (!"SHOPPER".equals(role)) {
      insert(connection, "INSERT INTO user_roles (user_id, role) VALUES (?, ?) RETURNING user_id", userId, role);
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    insert(
        connection,
        "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, now() + interval '1 day') RETURNING user_id",
        sha256(token),
        userId);
    return new Account(userId, token);
  }

  private static long insert(Connection connection, String sql, Object... values) throws SQLException {
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
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
