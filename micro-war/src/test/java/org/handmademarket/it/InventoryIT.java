package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inventory service as checkout, cancellations and refunds will call it (through a test-only
 * probe), on listings written straight into the database: concurrent withdrawals never sell more
 * than the stock, a withdrawal takes every line or none, and stock put back revives a sold-out
 * listing.
 */
@ExtendWith(ArquillianExtension.class)
class InventoryIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private long shopId;

  @BeforeEach
  void shop() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
    String name = "inventory-" + UUID.randomUUID();
    long owner =
        insert(
            "INSERT INTO users (email, display_name, password_hash) VALUES (?, 'Maker', 'x') RETURNING id",
            name + "@example.org");
    shopId =
        insert(
            "INSERT INTO shops (owner_id, name, slug) VALUES (?, 'Inventory', ?) RETURNING id",
            owner,
            name);
  }

  @Test
  void aFlashSaleSellsExactlyTheStockAndNeverMore() throws Exception {
    long id = listing("Hand-dyed skein", "28.00", 3, "ACTIVE");
    int shoppers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(shoppers);
    List<JsonObject> outcomes = new ArrayList<>();
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < shoppers; i++) {
        replies.add(pool.submit(() -> withdraw("{\"" + id + "\": 1}")));
      }
      for (Future<Reply> reply : replies) {
        assertEquals(200, reply.get().status(), reply.get().body());
        outcomes.add(reply.get().json());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(3, outcomes.stream().filter(outcome -> outcome.containsKey("lines")).count());
    List<JsonObject> refused =
        outcomes.stream().filter(outcome -> outcome.containsKey("shortages")).toList();
    assertEquals(shoppers - 3, refused.size());
    JsonObject shortage = refused.get(0).getJsonArray("shortages").getJsonObject(0);
    assertEquals(1, shortage.getInt("requested"));
    assertEquals(0, shortage.getInt("available"));
    assertEquals("Hand-dyed skein", shortage.getString("title"));
    assertEquals(
        "0 SOLD_OUT", scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", id));
    assertEquals(
        "3",
        scalar(
            "SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'product.stock-changed'",
            id));
  }

  @Test
  void overlappingWithdrawalsInOppositeOrdersFinishWithoutDeadlock() throws Exception {
    long first = listing("Linen napkins", "32.00", 40, "ACTIVE");
    long second = listing("Linen runner", "54.00", 40, "ACTIVE");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String body =
            i % 2 == 0
                ? "{\"" + first + "\": 1, \"" + second + "\": 1}"
                : "{\"" + second + "\": 1, \"" + first + "\": 1}";
        replies.add(pool.submit(() -> withdraw(body)));
      }
      for (Future<Reply> reply : replies) {
        assertEquals(200, reply.get().status(), reply.get().body());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals("24", scalar("SELECT quantity FROM products WHERE id = ?", first));
    assertEquals("24", scalar("SELECT quantity FROM products WHERE id = ?", second));
  }

  @Test
  void aWithdrawalTakesEveryLineOrNoneAndStockComesBack() throws SQLException {
    long plenty = listing("Linen napkins", "32.00", 5, "ACTIVE");
    long single = listing("One-off vase", "80.00", 1, "ACTIVE");
    long draft = listing("Unfinished bowl", "40.00", 4, "DRAFT");

    JsonObject refused =
        withdraw("{\"" + plenty + "\": 2, \"" + single + "\": 2, \"" + draft + "\": 1}").json();
    List<JsonObject> shortages = refused.getJsonArray("shortages").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(single, draft),
        shortages.stream()
            .map(shortage -> shortage.getJsonNumber("productId").longValue())
            .toList());
    assertEquals(1, shortages.get(0).getInt("available"));
    assertEquals(0, shortages.get(1).getInt("available"), "a draft sells nothing");
    assertEquals(
        "5", scalar("SELECT quantity FROM products WHERE id = ?", plenty), "nothing was taken");

    JsonObject taken = withdraw("{\"" + single + "\": 1, \"" + plenty + "\": 2}").json();
    List<JsonObject> lines = taken.getJsonArray("lines").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(plenty, single),
        lines.stream().map(line -> line.getJsonNumber("productId").longValue()).toList());
    assertEquals(
        "32.00",
        lines.get(0).getJsonNumber("unitPrice").bigDecimalValue().setScale(2).toPlainString());
    assertEquals(shopId, lines.get(0).getJsonNumber("shopId").longValue());
    assertEquals(3, lines.get(0).getInt("remaining"));
    assertEquals("SOLD_OUT", lines.get(1).getString("status"));

    Reply back = app.postJson("api/test-probe/inventory/put-back", "{\"" + single + "\": 1}");
    assertEquals(200, back.status(), back.body());
    assertEquals(
        "1 ACTIVE", scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", single));
    assertEquals(
        List.of("1>0 SOLD_OUT", "0>1 ACTIVE"),
        column(
            "SELECT (payload->>'previousQuantity') || '>' || (payload->>'quantity') || ' ' || (payload->>'status')"
                + " FROM outbox WHERE aggregate_id = ? AND event_type = 'product.stock-changed' ORDER BY id",
            single));
  }

  private Reply withdraw(String body) {
    return app.postJson("api/test-probe/inventory/withdraw", body);
  }

  private long listing(String title, String price, int quantity, String status)
      throws SQLException {
    return insert(
        "INSERT INTO products (shop_id, category_id, title, price, quantity, status)"
            + " VALUES (?, 501, ?, CAST(? AS numeric), ?, ?) RETURNING id",
        shopId,
        title,
        price,
        quantity,
        status);
  }

  private static long insert(String statement, Object... parameters) throws SQLException {
    return Long.parseLong(scalar(statement, parameters));
  }

  private static String scalar(String query, Object... parameters) throws SQLException {
    List<String> values = column(query, parameters);
    assertEquals(1, values.size(), query);
    return values.get(0);
  }

  private static List<String> column(String query, Object... parameters) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
        PreparedStatement prepared = connection.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = prepared.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }
}
