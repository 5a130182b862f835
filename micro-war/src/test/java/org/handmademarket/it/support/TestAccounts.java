package org.handmademarket.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Accounts with a live session, written straight into the test database (no password hash to pay
 * for; {@link TestCatalogue#account}), and shops for them.
 */
public final class TestAccounts {

  private TestAccounts() {}

  /** A seller: the account and its shop. */
  public record Seller(TestCatalogue.Account account, long shopId) {
    public String token() {
      return account.token();
    }
  }

  public static TestCatalogue.Account shopper() throws SQLException {
    return signedIn("SHOPPER");
  }

  /** An account with the SHOPPER role, and {@code role} too when it is another. */
  public static TestCatalogue.Account signedIn(String role) throws SQLException {
    try (TestCatalogue catalogue = TestCatalogue.open()) {
      return catalogue.account(role);
    }
  }

  public static Seller seller(String shopName) throws SQLException {
    TestCatalogue.Account account = signedIn("SELLER");
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

}
