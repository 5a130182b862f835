package org.handmademarket.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Accounts with a live session, written straight into the test database (no password hash to pay
 * for; {@link TestCatalogue#account}), and shops for them.
 */
public final class TestAccounts {

  private TestAccounts() {}

  public static TestCatalogue.Account shopper() throws SQLException {
    return signedIn("SHOPPER");
  }

  /** An account with the SHOPPER role, and {@code role} too when it is another. */
  public static TestCatalogue.Account signedIn(String role) throws SQLException {
    try (TestCatalogue catalogue = TestCatalogue.open()) {
      return catalogue.account(role);
    }
  }

  /** A seller with a session and a shop of their own. */
  public static TestCatalogue.Account seller(String shopName) throws SQLException {
    try (TestCatalogue catalogue = TestCatalogue.open()) {
      return catalogue.seller(shopName);
    }
  }

  /** An active listing of the seller's shop. */
  public static long listing(TestCatalogue.Account seller, String title, int quantity)
      throws SQLException {
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
    try (Connection connection =
            DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
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
}
