package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped migrations on a real, empty PostgreSQL database. */
class MigrationsIT {

  private String database;
  private String url;

  @BeforeEach
  void emptyDatabase() throws SQLException {
    database = "migrations_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin =
            DriverManager.getConnection(
                IntegrationServices.current().database().jdbcUrl(), "postgres", "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
    url =
        "jdbc:postgresql://127.0.0.1:"
            + IntegrationServices.current().database().port()
            + "/"
            + database;
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection admin =
            DriverManager.getConnection(
                IntegrationServices.current().database().jdbcUrl(), "postgres", "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  @Test
  void applyToAnEmptyDatabaseAndAreRepeatable() {
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, "postgres", "")
            .locations("classpath:db/migration")
            .load();

    MigrateResult first = flyway.migrate();
    MigrateResult second = flyway.migrate();

    assertTrue(first.migrationsExecuted >= 2, "all migrations run on an empty database");
    assertEquals(0, second.migrationsExecuted, "a second run changes nothing");
    flyway.validate();
  }

  @Test
  void createTheTablesTheMarketplaceNeeds() throws SQLException {
    Flyway.configure().dataSource(url, "postgres", "").load().migrate();

    Set<String> tables = new HashSet<>();
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        ResultSet rows =
            connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    assertTrue(
        tables.containsAll(
            Set.of(
                "users",
                "shops",
                "categories",
                "products",
                "product_images",
                "cart_items",
                "orders",
                "order_items",
                "order_events",
                "favorites",
                "product_views",
                "outbox",
                "checkouts")),
        () -> "tables: " + tables);
  }

  @Test
  void stockAndPricesCannotGoNegative() throws SQLException {
    Flyway.configure().dataSource(url, "postgres", "").load().migrate();

    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO users (email, display_name, password_hash) VALUES ('maker@example.org', 'Maker', 'x')");
      statement.execute(
          "INSERT INTO shops (owner_id, name, slug) SELECT id, 'Maker Goods', 'maker-goods' FROM users");
      String product =
          "INSERT INTO products (shop_id, category_id, title, price, quantity)"
              + " SELECT id, 1, 'Mug', %s, %s FROM shops";

      statement.execute(String.format(product, "12.50", "1"));
      SQLException negativeStock =
          assertThrows(
              SQLException.class, () -> statement.execute(String.format(product, "12.50", "-1")));
      SQLException negativePrice =
          assertThrows(
              SQLException.class, () -> statement.execute(String.format(product, "-0.01", "1")));

      assertEquals("23514", negativeStock.getSQLState(), "check_violation");
      assertEquals("23514", negativePrice.getSQLState(), "check_violation");
      try (ResultSet price = statement.executeQuery("SELECT price FROM products")) {
        price.next();
        assertEquals("12.50", price.getBigDecimal(1).toPlainString(), "money keeps its cents");
      }
    }
  }

  @Test
  void moneyFromBeforeTheLedgerIsBookedBalancedAndTheLedgerCannotBeChanged() throws SQLException {
    Flyway.configure().dataSource(url, "postgres", "").target("7").load().migrate();
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO users (email, display_name, password_hash) VALUES ('maker@example.org', 'Maker', 'x'),"
              + " ('buyer@example.org', 'Buyer', 'x')");
      statement.execute(
          "INSERT INTO shops (owner_id, name, slug) SELECT id, 'Maker Goods', 'maker-goods' FROM users"
              + " WHERE email = 'maker@example.org'");
      statement.execute(
          "INSERT INTO checkouts (id, user_id, idempotency_key, request_fingerprint, total, payment_status)"
              + " SELECT '00000000-0000-0000-0000-000000000001', id, 'k', 'f', 60.00, 'PAID' FROM users"
              + " WHERE email = 'buyer@example.org'");
      String order =
          "INSERT INTO orders (checkout_id, buyer_id, shop_id, status, subtotal, shipping, ship_name,"
              + " ship_line1, ship_city, ship_postal_code, ship_country, payment_reference)"
              + " SELECT '00000000-0000-0000-0000-000000000001', u.id, s.id, '%s', %s, 5.00, 'B',"
              + " '1 Road', 'Town', '1', 'US', 'ch_1' FROM users u, shops s WHERE u.email = 'buyer@example.org'";
      statement.execute(String.format(order, "PAID", "25.00"));
      statement.execute(String.format(order, "REFUNDED", "25.00"));
      statement.execute(
          "INSERT INTO payments (checkout_id, kind, amount, reference)"
              + " VALUES ('00000000-0000-0000-0000-000000000001', 'CHARGE', 60.00, 'ch_1')");
      statement.execute(
          "INSERT INTO payments (checkout_id, order_id, kind, amount, reference)"
              + " SELECT checkout_id, id, 'REFUND', 30.00, 're_1' FROM orders WHERE status = 'REFUNDED'");
    }

    Flyway.configure().dataSource(url, "postgres", "").load().migrate();

    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      assertEquals("2", scalar(statement, "SELECT count(*) FROM ledger_transactions"));
      assertEquals(
          "0",
          scalar(
              statement,
              "SELECT count(*) FROM (SELECT transaction_id FROM ledger_entries"
                  + " GROUP BY transaction_id HAVING sum(amount) <> 0) unbalanced"));
      assertEquals(
          "30.00",
          scalar(
              statement, "SELECT sum(amount) FROM ledger_entries WHERE account = 'PROVIDER_CASH'"));
      assertEquals(
          "-28.05",
          scalar(statement, "SELECT sum(amount) FROM ledger_entries WHERE account = 'SHOP'"));
      assertEquals(
          "30.00", scalar(statement, "SELECT refunded FROM orders WHERE status = 'REFUNDED'"));

      SQLException changed =
          assertThrows(
              SQLException.class,
              () -> statement.execute("UPDATE ledger_entries SET amount = amount * 2"));
      assertEquals("42501", changed.getSQLState(), "the ledger is append-only");
      connection.setAutoCommit(false);
      statement.execute(
          "INSERT INTO ledger_transactions (kind, reference) VALUES ('PAYOUT', 'tr_x')");
      statement.execute(
          "INSERT INTO ledger_entries (transaction_id, account, amount)"
              + " SELECT max(id), 'PROVIDER_CASH', -5.00 FROM ledger_transactions");
      SQLException unbalanced = assertThrows(SQLException.class, connection::commit);
      assertEquals("23514", unbalanced.getSQLState(), "an unbalanced transaction never commits");
    }
  }

  private static String scalar(Statement statement, String query) throws SQLException {
    try (ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
