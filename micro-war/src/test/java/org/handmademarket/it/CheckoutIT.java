package org.handmademarket.it;

import static org.handmademarket.it.support.TestAccounts.scalar;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.TestAccounts;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.localstack.EmbeddedRedis;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cart, checkout and orders through the API as the storefront and sellers use them, on listings
 * and accounts written straight into the database (sessions included, so that fifty shoppers do not
 * cost fifty password hashes).
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutIT {

  private static final String CARD = "pm_card_visa";
  private static final String DECLINED = "pm_card_chargeDeclinedInsufficientFunds";
  private static final String TIMES_OUT = "pm_card_sandboxNoAnswer";
  private static final String AUTHENTICATION = "pm_card_authenticationRequired";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private ApiClient server;
  private Seller pottery;
  private Seller textiles;

  @BeforeEach
  void shops() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
    server = ApiClient.onLoopback(applicationUrl.toURI().resolve("/"));
    pottery = seller("Clay Corner", "Ships in 3 days.");
    textiles = seller("Loom Room", "Ships tomorrow.");
    // Clay Corner ships within Great Britain only, free from 100.00; Loom Room ships from the US
    // and abroad. Shops without a profile (none here) get the standard one.
    shipping(pottery, "GB", "3.50", "1.00", null, null, "100.00");
    shipping(textiles, "US", "5.00", "1.00", "12.00", "4.00", null);
  }

  @Test
  void aTwoShopCartIsGroupedAndBecomesOneOrderPerShop() throws Exception {
    long mug = listing(pottery, "Speckled mug", "12.50", 10);
    long bowl = listing(pottery, "Ramen bowl", "5.00", 10);
    long scarf = listing(textiles, "Wool scarf", "30.00", 4);
    String buyer = shopper();

    assertEquals(200, add(buyer, mug, 2).status());
    assertEquals(200, add(buyer, scarf, 1).status());
    Reply added = add(buyer, bowl, 1);
    assertEquals(200, added.status(), added.body());

    JsonObject cart = get(buyer, "api/cart").json();
    assertEquals(2, cart.getJsonArray("shops").size());
    JsonObject clay = cart.getJsonArray("shops").getJsonObject(0);
    assertEquals(pottery.shopId, clay.getJsonNumber("shopId").longValue());
    assertEquals("Clay Corner", clay.getString("shopName"));
    assertEquals("Ships in 3 days.", clay.getString("shippingPolicy"));
    assertEquals("30.00", clay.getJsonNumber("subtotal").toString());
    JsonObject line = clay.getJsonArray("items").getJsonObject(0);
    assertEquals(
        List.of(
            "availableQuantity", "cartItemId", "image", "price", "productId", "quantity", "title"),
        line.keySet().stream().sorted().toList());
    assertEquals("12.50", line.getJsonNumber("price").toString());
    assertEquals(2, line.getInt("quantity"));
    assertEquals(10, line.getInt("availableQuantity"));
    assertEquals("60.00", cart.getJsonNumber("itemTotal").toString());
    assertEquals(4, cart.getInt("itemCount"));
    assertEquals(cart, get(buyer, "api/cart").json(), "the cached copy says the same");
    // No country yet: each shop's domestic rate (3 pieces from Clay Corner, 1 from Loom Room).
    assertEquals("5.50", clay.getJsonObject("shipping").getJsonNumber("amount").toString());
    assertEquals(
        "70.00", clay.getJsonObject("shipping").getJsonNumber("freeShippingRemaining").toString());
    assertEquals("10.50", cart.getJsonNumber("shippingTotal").toString());
    assertEquals("70.50", cart.getJsonNumber("total").toString());
    JsonObject toFrance = get(buyer, "api/cart?country=FR").json();
    assertEquals("FR", toFrance.getString("country"));
    assertFalse(
        toFrance
            .getJsonArray("shops")
            .getJsonObject(0)
            .getJsonObject("shipping")
            .getBoolean("ships"),
        "Clay Corner ships within Great Britain only");
    assertEquals(
        "12.00",
        toFrance
            .getJsonArray("shops")
            .getJsonObject(1)
            .getJsonObject("shipping")
            .getJsonNumber("amount")
            .toString());
    assertProblem(
        checkout(buyer, UUID.randomUUID().toString(), address("FR"), CARD),
        409,
        "/problems/shipping-unavailable");
    assertProblem(get(buyer, "api/cart?country=ZZ"), 400, "/problems/validation");

    JsonObject availability = get(buyer, "api/products/" + scarf + "/availability").json();
    assertEquals(4, availability.getInt("available"));
    assertEquals(1, availability.getInt("inCart"));
    assertTrue(availability.getBoolean("canAddMore"));
    assertEquals(
        0, app.get("api/products/" + scarf + "/availability").json().getInt("inCart"), "anonymous");

    assertEquals(
        5,
        send(buyer, "PUT", "api/cart/items/" + mug, "{\"quantity\": 3}")
            .json()
            .getInt("itemCount"));
    JsonObject afterDelete = send(buyer, "DELETE", "api/cart/items/" + bowl, null).json();
    assertEquals(4, afterDelete.getInt("itemCount"), "3 mugs and a scarf");
    assertEquals(4, get(buyer, "api/cart").json().getInt("itemCount"), "the cache was dropped");

    Reply checkout = checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD);

    assertEquals(201, checkout.status(), checkout.body());
    JsonObject receipt = checkout.json();
    assertTrue(receipt.getBoolean("success"));
    // 3 mugs and a scarf: 67.50; shipping to GB 5.50 (domestic, 3 pieces) + 12.00 (from the US).
    assertEquals("67.50", receipt.getJsonNumber("itemTotal").toString());
    assertEquals("17.50", receipt.getJsonNumber("shippingTotal").toString());
    assertEquals("85.00", receipt.getJsonNumber("total").toString());
    assertEquals("85.00", receipt.getJsonNumber("totalPaid").toString());
    List<JsonObject> orders =
        receipt.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
            .sorted(java.util.Comparator.comparing(o -> o.getJsonNumber("shopId").longValue()))
            .toList();
    assertEquals(2, orders.size());
    assertEquals("37.50", orders.get(0).getJsonNumber("subtotal").toString());
    assertEquals("5.50", orders.get(0).getJsonNumber("shipping").toString());
    assertEquals("43.00", orders.get(0).getJsonNumber("total").toString());
    assertEquals("Clay Corner", orders.get(0).getString("shopName"));
    assertEquals("PAID", orders.get(0).getString("status"));
    assertEquals("30.00", orders.get(1).getJsonNumber("subtotal").toString());
    assertEquals(
        "7 ACTIVE", scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", mug));
    assertEquals("3", scalar("SELECT sales_count FROM shops WHERE id = ?", pottery.shopId));
    assertEquals(0, get(buyer, "api/cart").json().getInt("itemCount"));
    assertEquals(
        "2",
        scalar(
            "SELECT count(*) FROM outbox WHERE event_type = 'order.placed' AND payload->>'checkoutId' = ?",
            receipt.getString("checkoutId")));

    long orderId = orders.get(0).getJsonNumber("id").longValue();
    JsonObject mine = get(buyer, "api/orders").json();
    assertEquals(2, mine.getInt("total"));
    JsonObject order = get(buyer, "api/orders/" + orderId).json();
    assertEquals("London", order.getJsonObject("shippingAddress").getString("city"));
    assertEquals("43.00", order.getJsonNumber("total").toString());
    assertEquals(
        "85.00",
        scalar(
            "SELECT amount FROM payments WHERE kind = 'CHARGE' AND checkout_id = CAST(? AS uuid)",
            receipt.getString("checkoutId")));
    assertEquals(
        List.of("PENDING", "PAID"),
        order.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("to"))
            .toList());
    assertProblem(get(shopper(), "api/orders/" + orderId), 404, "/problems/not-found");

    // The seller moves the order on; illegal moves are refused.
    assertProblem(
        send(pottery.token, "POST", "api/seller/orders/" + orderId + "/deliver", null),
        409,
        "/problems/conflict");
    assertEquals(1, get(pottery.token, "api/seller/orders?status=PAID").json().getInt("total"));
    assertProblem(get(textiles.token, "api/seller/orders/" + orderId), 404, "/problems/not-found");
    Reply shipped =
        send(
            pottery.token,
            "POST",
            "api/seller/orders/" + orderId + "/ship",
            "{\"carrier\": \"Royal Mail\", \"trackingNumber\": \"RM123\"}");
    assertEquals(200, shipped.status(), shipped.body());
    assertEquals("SHIPPED", shipped.json().getString("status"));
    assertProblem(
        send(pottery.token, "POST", "api/seller/orders/" + orderId + "/cancel", null),
        409,
        "/problems/conflict");
    assertEquals(
        "DELIVERED",
        send(pottery.token, "POST", "api/seller/orders/" + orderId + "/deliver", null)
            .json()
            .getString("status"));
    JsonObject tracked = get(buyer, "api/orders/" + orderId).json();
    assertEquals("RM123", tracked.getString("trackingNumber"));
    assertEquals(4, tracked.getJsonArray("timeline").size());

    // Support: refunds need the role; cancelling the other (paid) order refunds it through the
    // payment provider and puts its stock back.
    long scarfOrder = orders.get(1).getJsonNumber("id").longValue();
    assertProblem(
        send(buyer, "POST", "api/support/orders/" + scarfOrder + "/cancel", "{\"reason\": \"x\"}"),
        403,
        "/problems/forbidden");
    String agent = TestAccounts.signedIn("SUPPORT").token();
    Reply cancelled =
        send(
            agent,
            "POST",
            "api/support/orders/" + scarfOrder + "/cancel",
            "{\"reason\": \"Buyer asked\"}");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("REFUNDED", cancelled.json().getString("status"));
    assertEquals("4", scalar("SELECT quantity FROM products WHERE id = ?", scarf));
    assertEquals(
        "42.00",
        scalar("SELECT amount FROM payments WHERE kind = 'REFUND' AND order_id = ?", scarfOrder));
    assertProblem(
        send(agent, "POST", "api/support/orders/" + scarfOrder + "/refund", "{\"reason\": \"x\"}"),
        409,
        "/problems/conflict");
    assertEquals(
        "REFUNDED",
        send(agent, "POST", "api/support/orders/" + orderId + "/refund", "{\"reason\": \"Broken\"}")
            .json()
            .getString("status"));
    assertEquals(
        "7",
        scalar("SELECT quantity FROM products WHERE id = ?", mug),
        "delivered goods do not come back to stock");
    assertBalanced(receipt.getString("checkoutId"));
  }

  @Test
  void staffCannotCancelOrRefundTheirOwnPurchaseButAnotherAgentCan() throws Exception {
    long jug = listing(pottery, "Milk jug", "20.00", 3);
    String agent = TestAccounts.signedIn("SUPPORT").token();
    String admin = TestAccounts.signedIn("ADMIN").token();
    add(agent, jug, 1);
    add(admin, jug, 1);
    long agentsOrder =
        firstOrder(checkout(agent, UUID.randomUUID().toString(), address("GB"), CARD));
    long adminsOrder =
        firstOrder(checkout(admin, UUID.randomUUID().toString(), address("GB"), CARD));

    assertProblem(
        send(agent, "POST", "api/support/orders/" + agentsOrder + "/refund", "{\"reason\": \"x\"}"),
        403,
        "/problems/forbidden");
    assertProblem(
        send(agent, "POST", "api/support/orders/" + agentsOrder + "/cancel", "{\"reason\": \"x\"}"),
        403,
        "/problems/forbidden");
    assertProblem(
        send(admin, "POST", "api/support/orders/" + adminsOrder + "/refund", "{\"reason\": \"x\"}"),
        403,
        "/problems/forbidden");
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM payments WHERE kind = 'REFUND' AND order_id IN (?, ?)",
            agentsOrder,
            adminsOrder),
        "nothing was refunded");
    assertEquals("PAID", scalar("SELECT status FROM orders WHERE id = ?", agentsOrder));

    Reply byColleague =
        send(
            admin,
            "POST",
            "api/support/orders/" + agentsOrder + "/refund",
            "{\"reason\": \"Broken\"}");
    assertEquals(200, byColleague.status(), byColleague.body());
    assertEquals("REFUNDED", byColleague.json().getString("status"));
  }

  private static long firstOrder(Reply checkout) {
    assertEquals(201, checkout.status(), checkout.body());
    return checkout.json().getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();
  }

  @Test
  void addingMoreThanTheStockIsRefusedWithWhatIsAvailable() throws Exception {
    long vase = listing(pottery, "One-off vase", "80.00", 2);
    String buyer = shopper();
    assertEquals(200, add(buyer, vase, 1).status());

    Reply refused = add(buyer, vase, 2);

    assertProblem(refused, 409, "/problems/insufficient-stock");
    assertEquals(2, refused.json().getInt("available"));
    assertEquals(1, refused.json().getInt("inCart"));
    assertEquals(1, get(buyer, "api/cart").json().getInt("itemCount"));
    assertProblem(
        send(buyer, "PUT", "api/cart/items/" + vase, "{\"quantity\": 3}"),
        409,
        "/problems/insufficient-stock");
    assertEquals(
        0,
        send(buyer, "PUT", "api/cart/items/" + vase, "{\"quantity\": 0}")
            .json()
            .getInt("itemCount"));
    assertProblem(
        send(buyer, "DELETE", "api/cart/items/" + vase, null), 404, "/problems/not-found");
    long draft = listing(pottery, "Unfinished", "10.00", 5, "DRAFT");
    assertProblem(add(buyer, draft, 1), 404, "/problems/not-found");
    assertEquals(0, send(buyer, "DELETE", "api/cart", null).json().getInt("itemCount"));
  }

  @Test
  void anonymousCallersGet401() {
    assertProblem(app.get("api/cart"), 401, "/problems/unauthenticated");
    assertProblem(
        app.postJson("api/cart/items", "{\"productId\": 1, \"quantity\": 1}"),
        401,
        "/problems/unauthenticated");
    assertProblem(app.get("api/orders"), 401, "/problems/unauthenticated");
    Reply checkout =
        app.request("POST", "api/checkout")
            .header("Idempotency-Key", "k")
            .json(checkoutBody(address("GB"), CARD, "10.00"))
            .send();
    assertProblem(checkout, 401, "/problems/unauthenticated");
  }

  @Test
  void aFlashSaleSellsExactlyTheStock() throws Exception {
    long skein = listing(textiles, "Hand-dyed skein", "28.00", 3);
    int shoppers = 50;

    List<Reply> replies =
        allAtOnce(
            shoppersWithOneOf(skein, shoppers),
            buyer -> checkout(buyer, UUID.randomUUID().toString(), address("FR"), CARD));

    assertEquals(
        3,
        replies.stream().filter(reply -> reply.status() == 201).count(),
        () -> statuses(replies));
    List<Reply> refused = replies.stream().filter(reply -> reply.status() != 201).toList();
    assertEquals(shoppers - 3, refused.size());
    for (Reply reply : refused) {
      assertProblem(reply, 409, "/problems/items-unavailable");
      JsonObject item = reply.json().getJsonArray("unavailableItems").getJsonObject(0);
      assertEquals(skein, item.getJsonNumber("productId").longValue());
      assertEquals(1, item.getInt("requested"));
      assertEquals(0, item.getInt("available"));
      assertEquals("Hand-dyed skein", item.getString("title"));
    }
    assertEquals(
        "0 SOLD_OUT", scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", skein));
    assertEquals("3", scalar("SELECT count(*) FROM order_items WHERE product_id = ?", skein));
  }

  /**
   * Without the answer from a plain read, the late buyer's checkout would queue for the row that
   * the other checkout holds, and this test would wait for it in vain.
   */
  @Test
  void aSoldOutListingIsRefusedAtOnceWhileAnotherCheckoutHoldsItsRow() throws Exception {
    long print = listing(textiles, "Letterpress print", "18.00", 1);
    String late = shoppersWithOneOf(print, 1).get(0);
    String agreed = total(late, address("FR"));
    scalar(
        "UPDATE products SET quantity = 0, status = 'SOLD_OUT' WHERE id = ? RETURNING id", print);
    Reply refused;
    try (Connection other =
        inOpenTransaction("SELECT id FROM products WHERE id = ? FOR UPDATE", print)) {
      refused =
          withinTwentySeconds(
              () -> checkout(late, UUID.randomUUID().toString(), address("FR"), CARD, agreed));
    }

    assertProblem(refused, 409, "/problems/items-unavailable");
    JsonObject item = refused.json().getJsonArray("unavailableItems").getJsonObject(0);
    assertEquals(print, item.getJsonNumber("productId").longValue());
    assertEquals(0, item.getInt("available"));
    assertEquals("Letterpress print", item.getString("title"));
    assertEquals("0", scalar("SELECT count(*) FROM order_items WHERE product_id = ?", print));
    assertEquals(
        "1",
        scalar("SELECT count(*) FROM cart_items WHERE product_id = ?", print),
        "the cart is as it was");
  }

  /**
   * A row that references a listing (here a recorded view, as the feed's activity log writes them
   * in batches) holds a key-share lock on the listing until its transaction ends. Adding to the
   * cart and checking out lock the listing for a stock change, which must not wait for such rows: a
   * lock that did (FOR UPDATE) deadlocked checkouts with a batch of views under load.
   */
  @Test
  void cartAndCheckoutDoNotWaitForRowsThatOnlyReferenceTheListing() throws Exception {
    long vase = listing(textiles, "Woven vase cover", "22.00", 5);
    String buyer = shopper();
    Reply placed;
    try (Connection activity =
        inOpenTransaction(
            "INSERT INTO product_views (user_id, product_id, viewed_at) VALUES"
                + " ((SELECT owner_id FROM shops WHERE id = ?), ?, now())",
            textiles.shopId,
            vase)) {
      Reply added = withinTwentySeconds(() -> add(buyer, vase, 1));
      assertEquals(200, added.status(), added.body());
      String agreed = total(buyer, address("FR"));
      placed =
          withinTwentySeconds(
              () -> checkout(buyer, UUID.randomUUID().toString(), address("FR"), CARD, agreed));
    }
    assertEquals(201, placed.status(), placed.body());
    assertEquals("4", scalar("SELECT quantity FROM products WHERE id = ?", vase));
  }

  /**
   * A connection whose open transaction has run {@code statement}; its locks stay until the
   * connection closes (which rolls it back).
   */
  private static Connection inOpenTransaction(String statement, Object... parameters)
      throws SQLException {
    Connection connection =
        DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
    connection.setAutoCommit(false);
    try (PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      prepared.execute();
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /** The reply to an API call that must not wait for a lock: a TimeoutException if it does. */
  private static Reply withinTwentySeconds(Callable<Reply> call) throws Exception {
    ExecutorService client = Executors.newSingleThreadExecutor();
    try {
      return client.submit(call).get(20, TimeUnit.SECONDS);
    } finally {
      client.shutdownNow();
    }
  }

  @Test
  void oneBuyerStartingToHoldTenTimesAtOnceOpensOneHold() throws Exception {
    long jug = listing(pottery, "Jug", "18.00", 5);
    String buyer = shopper();
    add(buyer, jug, 1);

    List<Reply> replies =
        all(
            java.util.stream.IntStream.range(0, 10)
                .mapToObj(
                    i ->
                        (Call)
                            () -> send(buyer, "POST", "api/checkout/hold", "{\"country\": \"GB\"}"))
                .toList());

    for (Reply reply : replies) {
      assertEquals(200, reply.status(), () -> statuses(replies));
    }
    assertEquals(
        "1",
        scalar(
            "SELECT count(*) FROM checkout_sessions s JOIN stock_holds h ON h.user_id = s.user_id"
                + " WHERE h.product_id = ? AND s.ended_at IS NULL",
            jug));
    assertEquals("4", scalar("SELECT quantity FROM products WHERE id = ?", jug), "one piece held");
  }

  @Test
  void oneKeySentTwentyTimesAtOncePlacesOneSetOfOrders() throws Exception {
    long mug = listing(pottery, "Mug", "15.00", 50);
    long scarf = listing(textiles, "Scarf", "20.00", 50);
    String buyer = shopper();
    add(buyer, mug, 1);
    add(buyer, scarf, 2);
    String key = UUID.randomUUID().toString();
    String total = total(buyer, address("GB"));

    List<Reply> replies =
        all(
            java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> (Call) () -> checkout(buyer, key, address("GB"), CARD, total))
                .toList());

    List<Reply> firsts =
        replies.stream()
            .filter(r -> r.status() == 201 && r.header("Idempotent-Replayed").isEmpty())
            .toList();
    assertEquals(1, firsts.size(), () -> statuses(replies));
    for (Reply reply : replies) {
      assertTrue(
          reply.status() == 201 || reply.status() == 409,
          () -> reply.status() + " " + reply.body());
      if (reply.status() == 201) {
        assertEquals(firsts.get(0).body(), reply.body());
      } else {
        assertProblem(reply, 409, "/problems/idempotency-key-in-use");
      }
    }
    assertEquals(
        "2",
        scalar(
            "SELECT count(*) FROM orders o JOIN checkouts c ON c.id = o.checkout_id WHERE c.idempotency_key = ?",
            key));
    assertEquals("48", scalar("SELECT quantity FROM products WHERE id = ?", scarf));

    Reply replay = checkout(buyer, key, address("GB"), CARD, total);
    assertEquals(201, replay.status());
    assertEquals("true", replay.header("Idempotent-Replayed").orElseThrow());
    assertEquals(firsts.get(0).body(), replay.body(), "byte for byte");
    assertProblem(
        checkout(buyer, key, address("AT"), CARD), 422, "/problems/idempotency-key-reused");
  }

  @Test
  void theDatabaseStopsASecondSetOfOrdersWhenRedisForgotTheKey() throws Exception {
    long mug = listing(pottery, "Mug", "15.00", 10);
    String buyer = shopper();
    add(buyer, mug, 1);
    String key = UUID.randomUUID().toString();
    Reply first = checkout(buyer, key, address("GB"), CARD);
    assertEquals(201, first.status(), first.body());
    flushRedis();
    add(buyer, mug, 1);

    Reply again = checkout(buyer, key, address("GB"), CARD);

    assertEquals(201, again.status(), again.body());
    assertEquals(first.json().getJsonArray("orders"), again.json().getJsonArray("orders"));
    assertEquals(
        "9",
        scalar("SELECT quantity FROM products WHERE id = ?", mug),
        "only the first checkout took stock");
    assertEquals(
        1, get(buyer, "api/cart").json().getInt("itemCount"), "the new cart line is untouched");
    flushRedis();
    assertProblem(
        checkout(buyer, key, address("NL"), CARD), 422, "/problems/idempotency-key-reused");
  }

  @Test
  void aDeclinedCardLeavesNoOrderAndTheCartAsItWas() throws Exception {
    long vase = listing(pottery, "Vase", "80.00", 1);
    String buyer = shopper();
    add(buyer, vase, 1);
    String key = UUID.randomUUID().toString();

    Reply declined = checkout(buyer, key, address("GB"), DECLINED);

    assertProblem(declined, 402, "/problems/payment-declined");
    assertTrue(declined.json().getString("detail").contains("no order was placed"));
    assertEquals(
        "1 ACTIVE", scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", vase));
    String checkoutId = declined.json().getString("checkoutId");
    assertEquals(
        "0", scalar("SELECT count(*) FROM orders WHERE checkout_id = CAST(? AS uuid)", checkoutId));
    assertEquals(
        "DECLINED",
        scalar("SELECT payment_status FROM checkouts WHERE id = CAST(? AS uuid)", checkoutId));
    assertEquals(0, get(buyer, "api/orders").json().getInt("total"), "no order to show");
    assertEquals(1, get(buyer, "api/cart").json().getInt("itemCount"), "the cart is as it was");
    assertEquals("0", scalar("SELECT sales_count FROM shops WHERE id = ?", pottery.shopId));
    Reply replay = checkout(buyer, key, address("GB"), DECLINED);
    assertEquals(402, replay.status());
    assertEquals("true", replay.header("Idempotent-Replayed").orElseThrow());
    assertEquals(declined.json().getString("detail"), replay.json().getString("detail"));

    Reply paid = checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD);
    assertEquals(201, paid.status(), "another card works at once: " + paid.body());
    assertEquals(0, get(buyer, "api/cart").json().getInt("itemCount"));
    assertBalanced(paid.json().getString("checkoutId"));
  }

  @Test
  void aPaymentThatAsksForAuthenticationIsSettledByTheBuyersDecisionOnly() throws Exception {
    long bowl = listing(pottery, "Bowl", "30.00", 2);
    String buyer = shopper();
    add(buyer, bowl, 1);

    Reply pending = checkout(buyer, UUID.randomUUID().toString(), address("GB"), AUTHENTICATION);

    assertEquals(202, pending.status(), pending.body());
    assertEquals("sandbox", pending.json().getJsonObject("authentication").getString("provider"));
    String checkoutId = pending.json().getString("checkoutId");
    String path = "api/payments/sandbox/checkouts/" + checkoutId + "/authentication";
    assertProblem(
        send(shopper(), "POST", path, "{\"approved\": true}"), 404, "/problems/not-found");
    assertProblem(send(buyer, "POST", path, "{}"), 400, "/problems/validation");
    assertEquals(
        "PENDING",
        scalar("SELECT payment_status FROM checkouts WHERE id = CAST(? AS uuid)", checkoutId),
        "nobody but the buyer decides");

    Reply approved = send(buyer, "POST", path, "{\"approved\": true}");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("PAID", approved.json().getString("payment"));
    Reply again = send(buyer, "POST", path, "{\"approved\": false}");
    assertEquals("PAID", again.json().getString("payment"), "the first decision stands");
    assertEquals(
        "PAID",
        scalar("SELECT status FROM orders WHERE checkout_id = CAST(? AS uuid)", checkoutId));
    assertEquals(0, get(buyer, "api/cart").json().getInt("itemCount"));
    assertBalanced(checkoutId);
  }

  @Test
  void aPendingPaymentCannotBeCancelledAndARetryChargesOnce() throws Exception {
    long vase = listing(pottery, "Vase", "80.00", 1);
    String buyer = shopper();
    add(buyer, vase, 1);
    String key = UUID.randomUUID().toString();

    Reply pending = checkout(buyer, key, address("GB"), TIMES_OUT);

    assertEquals(202, pending.status(), pending.body());
    assertFalse(pending.json().getBoolean("success"));
    assertEquals("PENDING", pending.json().getString("payment"));
    assertEquals("0.00", pending.json().getJsonNumber("totalPaid").toString());
    assertEquals("83.50", pending.json().getJsonNumber("total").toString());
    assertEquals(
        "0 SOLD_OUT",
        scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", vase),
        "pending orders hold the stock");
    long orderId =
        pending.json().getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();
    assertProblem(
        send(pottery.token, "POST", "api/seller/orders/" + orderId + "/cancel", null),
        409,
        "/problems/payment-in-flight");
    String agent = TestAccounts.signedIn("SUPPORT").token();
    assertProblem(
        send(agent, "POST", "api/support/orders/" + orderId + "/cancel", "{\"reason\": \"x\"}"),
        409,
        "/problems/payment-in-flight");
    assertProblem(
        send(agent, "POST", "api/support/orders/" + orderId + "/refund", "{\"reason\": \"x\"}"),
        409,
        "/problems/payment-in-flight");
    assertEquals(
        "PENDING", scalar("SELECT status FROM orders WHERE id = ?", orderId), "nothing moved");

    Reply retried = checkout(buyer, key, address("GB"), TIMES_OUT, "83.50");
    assertEquals(202, retried.status(), retried.body());
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM payments WHERE checkout_id = CAST(? AS uuid)",
            pending.json().getString("checkoutId")),
        "no charge is recorded while the provider has not answered");
  }

  @Test
  void aSellersCancelOfAPaidOrderRefundsItThroughTheProvider() throws Exception {
    long bowl = listing(pottery, "Bowl", "20.00", 5);
    String buyer = shopper();
    add(buyer, bowl, 2);
    Reply paid = checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD);
    assertEquals(201, paid.status(), paid.body());
    long orderId =
        paid.json().getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();

    Reply cancelled =
        send(
            pottery.token,
            "POST",
            "api/seller/orders/" + orderId + "/cancel",
            "{\"reason\": \"Kiln accident\"}");

    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("REFUNDED", cancelled.json().getString("status"));
    JsonObject last =
        cancelled
            .json()
            .getJsonArray("timeline")
            .getJsonObject(cancelled.json().getJsonArray("timeline").size() - 1);
    assertEquals("Cancelled by the seller: Kiln accident", last.getString("note"));
    assertEquals("5", scalar("SELECT quantity FROM products WHERE id = ?", bowl));
    assertEquals(
        "44.50",
        scalar("SELECT amount FROM payments WHERE kind = 'REFUND' AND order_id = ?", orderId));
    assertProblem(
        send(pottery.token, "POST", "api/seller/orders/" + orderId + "/cancel", null),
        409,
        "/problems/conflict");
    assertEquals(
        "1",
        scalar("SELECT count(*) FROM payments WHERE kind = 'REFUND' AND order_id = ?", orderId),
        "refunded once");
    assertBalanced(paid.json().getString("checkoutId"));
  }

  @Test
  void aRepriceWhileTheBuyerLooksAtCheckoutIsRefusedAndNothingIsCharged() throws Exception {
    long ring = listing(textiles, "Silver ring", "5.00", 3);
    String buyer = shopper();
    add(buyer, ring, 1);
    Reply held = send(buyer, "POST", "api/checkout/hold", "{\"country\": \"GB\"}");
    assertEquals(200, held.status(), held.body());
    String seen = held.json().getJsonObject("cart").getJsonNumber("total").toString();
    assertEquals("17.00", seen, "5.00 and 12.00 to ship to GB");
    assertEquals(
        "17.00", get(buyer, "api/cart?country=GB").json().getJsonNumber("total").toString());

    Reply repriced =
        send(
            textiles.token,
            "PUT",
            "api/seller/products/" + ring + "/price",
            "{\"price\": 100000.00}");
    assertEquals(200, repriced.status(), repriced.body());
    assertEquals(
        "100012.00",
        get(buyer, "api/cart?country=GB").json().getJsonNumber("total").toString(),
        "the cached cart was dropped");

    Reply refused = checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD, seen);

    assertProblem(refused, 409, "/problems/totals-changed");
    JsonObject problem = refused.json();
    assertEquals("17.00", problem.getJsonNumber("expectedTotal").toString());
    assertEquals("100012.00", problem.getJsonNumber("total").toString());
    JsonObject change = problem.getJsonArray("changes").getJsonObject(0);
    assertEquals("price", change.getString("kind"));
    assertEquals(ring, change.getJsonNumber("productId").longValue());
    assertEquals("5.00", change.getJsonNumber("was").toString());
    assertEquals("100000.00", change.getJsonNumber("now").toString());
    assertEquals("100012.00", problem.getJsonObject("cart").getJsonNumber("total").toString());
    assertEquals(
        "3 1",
        scalar(
            "SELECT p.quantity + coalesce(sum(h.quantity), 0) || ' ' || count(h.*) FROM products p"
                + " LEFT JOIN stock_holds h ON h.product_id = p.id WHERE p.id = ? GROUP BY p.id",
            ring),
        "nothing was taken; the buyer still holds their piece");
    assertEquals(
        "0", scalar("SELECT count(*) FROM order_items WHERE product_id = ?", ring), "no order");

    Reply confirmed =
        checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD, "100012.00");
    assertEquals(201, confirmed.status(), "the buyer confirms the new total: " + confirmed.body());
    assertEquals("100012.00", confirmed.json().getJsonNumber("totalPaid").toString());
  }

  @Test
  void theLastPieceHeldByOneBuyerIsNotSoldToAnother() throws Exception {
    long teapot = listing(pottery, "One-off teapot", "60.00", 1);
    String first = shopper();
    String second = shopper();
    add(first, teapot, 1);
    add(second, teapot, 1);

    Reply held = send(first, "POST", "api/checkout/hold", "{\"country\": \"GB\"}");
    assertEquals(200, held.status(), held.body());
    String expiresAt = held.json().getString("expiresAt");
    assertEquals(10, held.json().getInt("holdMinutes"));

    JsonObject seenByOthers = get(second, "api/products/" + teapot + "/availability").json();
    assertEquals(0, seenByOthers.getInt("available"));
    assertEquals(1, seenByOthers.getInt("held"));
    assertEquals(
        java.time.Instant.parse(expiresAt),
        java.time.OffsetDateTime.parse(seenByOthers.getString("heldUntil")).toInstant());
    JsonObject seenByHolder = get(first, "api/products/" + teapot + "/availability").json();
    assertEquals(1, seenByHolder.getInt("available"), "the holder's own piece");
    assertEquals(0, seenByHolder.getInt("held"));
    assertProblem(add(shopper(), teapot, 1), 409, "/problems/insufficient-stock");
    Reply refused = checkout(second, UUID.randomUUID().toString(), address("GB"), CARD);
    assertProblem(refused, 409, "/problems/items-unavailable");
    JsonObject item = refused.json().getJsonArray("unavailableItems").getJsonObject(0);
    assertEquals(0, item.getInt("available"));
    assertEquals(
        java.time.Instant.parse(expiresAt),
        java.time.Instant.parse(item.getString("heldUntil")),
        "says when it may free up");
    assertProblem(
        send(second, "POST", "api/checkout/hold", "{}"), 409, "/problems/items-unavailable");

    Reply paid = checkout(first, UUID.randomUUID().toString(), address("GB"), CARD);
    assertEquals(201, paid.status(), "the holder pays inside the hold: " + paid.body());
    assertEquals("0", scalar("SELECT count(*) FROM stock_holds WHERE product_id = ?", teapot));
    assertProblem(send(first, "GET", "api/checkout/hold", null), 404, "/problems/not-found");
  }

  @Test
  void anExpiredHoldPutsThePieceBackOnSale() throws Exception {
    long lamp = listing(textiles, "Woven lamp", "45.00", 1);
    String first = shopper();
    String second = shopper();
    add(first, lamp, 1);
    add(second, lamp, 1);
    assertEquals(200, send(first, "POST", "api/checkout/hold", null).status());
    assertEquals(
        "0 SOLD_OUT", scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", lamp));

    scalar(
        "UPDATE stock_holds SET expires_at = now() - interval '1 second' WHERE product_id = ?"
            + " RETURNING product_id",
        lamp);

    Eventually.await(
        "the expired hold is released",
        Duration.ofSeconds(30),
        () -> app.get("api/products/" + lamp + "/availability"),
        reply -> reply.json().getInt("available") == 1);
    assertEquals(0, app.get("api/products/" + lamp + "/availability").json().getInt("held"));
    Reply bought = checkout(second, UUID.randomUUID().toString(), address("GB"), CARD);
    assertEquals(201, bought.status(), bought.body());
    assertProblem(
        checkout(first, UUID.randomUUID().toString(), address("GB"), CARD),
        409,
        "/problems/items-unavailable");
  }

  @Test
  void fiftyBuyersStartingCheckoutOnThreePiecesGetExactlyThreeHolds() throws Exception {
    long skein = listing(textiles, "Mohair skein", "18.00", 3);

    List<Reply> replies =
        allAtOnce(
            shoppersWithOneOf(skein, 50),
            buyer -> send(buyer, "POST", "api/checkout/hold", "{\"country\": \"US\"}"));

    assertEquals(
        3,
        replies.stream().filter(reply -> reply.status() == 200).count(),
        () -> statuses(replies));
    replies.stream()
        .filter(reply -> reply.status() != 200)
        .forEach(reply -> assertProblem(reply, 409, "/problems/items-unavailable"));
    assertEquals(
        "0 3",
        scalar(
            "SELECT p.quantity || ' ' || (SELECT sum(quantity) FROM stock_holds WHERE product_id = p.id)"
                + " FROM products p WHERE p.id = ?",
            skein),
        "never oversold, nothing lost");
  }

  @Test
  void holdingIsLimitedAndLeavingPutsThePiecesBack() throws Exception {
    long cup = listing(pottery, "Cup", "9.00", 2);
    String buyer = shopper();
    add(buyer, cup, 2);
    for (int i = 0; i < 6; i++) {
      Reply held = send(buyer, "POST", "api/checkout/hold", "{\"country\": \"GB\"}");
      assertEquals(200, held.status(), held.body());
      Reply again = send(buyer, "POST", "api/checkout/hold", "{\"country\": \"GB\"}");
      assertEquals(
          held.json().getString("expiresAt"),
          again.json().getString("expiresAt"),
          "posting again re-quotes without extending the hold");
      assertEquals("0", scalar("SELECT quantity FROM products WHERE id = ?", cup));
      assertEquals(204, send(buyer, "DELETE", "api/checkout/hold", null).status());
      assertEquals("2", scalar("SELECT quantity FROM products WHERE id = ?", cup));
    }

    Reply refused = send(buyer, "POST", "api/checkout/hold", "{\"country\": \"GB\"}");

    assertProblem(refused, 429, "/problems/too-many-holds");
    assertTrue(refused.header("Retry-After").isPresent(), refused.headers().toString());
    assertEquals("2", scalar("SELECT quantity FROM products WHERE id = ?", cup), "nothing held");
    assertEquals(
        201,
        checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD).status(),
        "checking out needs no hold");
  }

  @Test
  void shoppersBuyingOverlappingItemsInOppositeOrdersDoNotDeadlock() throws Exception {
    long first = listing(pottery, "Plate", "10.00", 100);
    long second = listing(textiles, "Napkin", "4.00", 100);
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String buyer = shopper();
      if (i % 2 == 0) {
        add(buyer, first, 1);
        add(buyer, second, 1);
      } else {
        add(buyer, second, 1);
        add(buyer, first, 1);
      }
      calls.add(() -> checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD));
    }

    List<Reply> replies = all(calls);

    assertTrue(replies.stream().allMatch(reply -> reply.status() == 201), () -> statuses(replies));
    assertEquals("84", scalar("SELECT quantity FROM products WHERE id = ?", first));
    assertEquals("84", scalar("SELECT quantity FROM products WHERE id = ?", second));
  }

  @Test
  void withoutRedisTheCartWorksAndCheckoutAsksToRetry() throws Exception {
    long mug = listing(pottery, "Mug", "15.00", 10);
    String buyer = shopper();
    add(buyer, mug, 1);
    EmbeddedRedis redis = IntegrationServices.current().redis();
    redis.stop();
    try {
      Reply added = add(buyer, mug, 1);
      assertEquals(200, added.status(), added.body());
      assertEquals(2, get(buyer, "api/cart").json().getInt("itemCount"));
      Reply refused = checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD);
      assertProblem(refused, 503, "/problems/service-unavailable");
      assertTrue(refused.header("Retry-After").isPresent(), refused.headers().toString());
    } finally {
      redis.start();
    }
    Eventually.await(
        "Redis UP",
        Duration.ofSeconds(60),
        () -> server.get("health/ready"),
        ready -> "UP".equals(ready.checkStates().get("redis")));
    assertEquals(
        "10", scalar("SELECT quantity FROM products WHERE id = ?", mug), "nothing was taken");
    assertEquals(2, get(buyer, "api/cart").json().getInt("itemCount"), "nothing was lost");
    Eventually.await(
        "checkout again",
        Duration.ofSeconds(30),
        () -> checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD),
        reply -> reply.status() == 201);
  }

  @Test
  void badInputIsRefusedAndChangesNothing() throws Exception {
    long mug = listing(pottery, "Mug", "15.00", 10);
    String buyer = shopper();
    add(buyer, mug, 1);
    String key = UUID.randomUUID().toString();
    assertAll(
        () ->
            assertProblem(
                addItem(buyer, "{\"productId\": " + mug + ", \"quantity\": -1}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                addItem(buyer, "{\"productId\": " + mug + ", \"quantity\": 0}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                addItem(buyer, "{\"productId\": " + mug + ", \"quantity\": 100}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                addItem(buyer, "{\"productId\": " + mug + ", \"quantity\": 4294967297}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                addItem(buyer, "{\"productId\": " + mug + ", \"quantity\": 98}"),
                409,
                "/problems/insufficient-stock"),
        () ->
            assertProblem(
                addItem(buyer, "{\"productId\": 999999999, \"quantity\": 1}"),
                404,
                "/problems/not-found"),
        () ->
            assertProblem(
                addItem(buyer, "{\"productId\": \"mug\", \"quantity\": 1}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                addItem(buyer, "{\"productId\": " + mug + ", "),
                400,
                "/problems/malformed-request"),
        () -> assertProblem(addItem(buyer, "null"), 400, "/problems/malformed-request"),
        () -> assertProblem(addItem(buyer, "{}"), 400, "/problems/validation"),
        () ->
            assertProblem(
                send(buyer, "PUT", "api/cart/items/" + mug, "{\"quantity\": -5}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                send(buyer, "PUT", "api/cart/items/" + mug, "{\"quantity\": 1.5}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                get(buyer, "api/products/999999999/availability"), 404, "/problems/not-found"),
        () ->
            assertProblem(
                send(buyer, "POST", "api/checkout", checkoutBody(address("GB"), CARD, "30.00")),
                400,
                "/problems/idempotency-key-required"),
        () -> assertProblem(checkout(buyer, key, address("gb"), CARD), 400, "/problems/validation"),
        () ->
            assertProblem(checkout(buyer, key, address("GBR"), CARD), 400, "/problems/validation"),
        () ->
            assertProblem(
                checkout(buyer, key, address("GB"), "not-a-card"), 400, "/problems/validation"),
        () ->
            assertProblem(
                checkout(buyer, key, "{\"name\": \"\"}", CARD), 400, "/problems/validation"),
        () ->
            assertProblem(
                sendCheckout(buyer, key, "{\"shippingAddress\": 5}"), 400, "/problems/validation"),
        () ->
            assertProblem(
                sendCheckout(buyer, key, "{not json"), 400, "/problems/malformed-request"),
        () ->
            assertProblem(
                send(pottery.token, "POST", "api/seller/orders/1/ship", "{\"carrier\": \"\"}"),
                400,
                "/problems/validation"),
        () -> assertProblem(get(buyer, "api/seller/orders"), 403, "/problems/forbidden"),
        () ->
            assertProblem(
                get(pottery.token, "api/seller/orders?status=LOST"), 400, "/problems/validation"),
        () -> assertProblem(get(buyer, "api/orders?pageSize=1000"), 400, "/problems/validation"),
        () -> assertProblem(get(buyer, "api/cart?country=gb"), 400, "/problems/validation"),
        () ->
            assertProblem(
                send(buyer, "POST", "api/checkout/hold", "{\"country\": \"XX\"}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                send(buyer, "POST", "api/checkout/hold", "{\"country\": \"gbr\"}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                sendCheckout(
                    buyer,
                    key,
                    "{\"shippingAddress\": "
                        + address("GB")
                        + ", \"payment\": {\"paymentMethodId\": \""
                        + CARD
                        + "\"}}"),
                400,
                "/problems/validation"),
        () ->
            assertProblem(
                checkout(buyer, key, address("GB"), CARD, "-30.00"), 400, "/problems/validation"),
        () ->
            assertProblem(
                checkout(buyer, key, address("GB"), CARD, "30.001"), 400, "/problems/validation"),
        () ->
            assertProblem(
                checkout(buyer, UUID.randomUUID().toString(), address("GB"), CARD, "29.99"),
                409,
                "/problems/totals-changed"));
    assertEquals("0", scalar("SELECT count(*) FROM stock_holds WHERE product_id = ?", mug));
    assertEquals("10", scalar("SELECT quantity FROM products WHERE id = ?", mug));
    assertEquals(1, get(buyer, "api/cart").json().getInt("itemCount"));
    assertEquals(
        201,
        checkout(buyer, key, address("GB"), CARD).status(),
        "the key was never claimed by the refused requests");
  }

  // ---------------------------------------------------------------------------------------------

  private interface Call {
    Reply call();
  }

  /** Runs every call at once (as near as threads allow) and waits for all. */
  private static List<Reply> all(List<Call> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Reply>> futures = new ArrayList<>();
      for (Call call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> future : futures) {
        replies.add(future.get(120, TimeUnit.SECONDS));
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  /** What each buyer does, all at once. */
  private static List<Reply> allAtOnce(
      List<String> buyers, java.util.function.Function<String, Reply> action) throws Exception {
    return all(buyers.stream().map(buyer -> (Call) () -> action.apply(buyer)).toList());
  }

  /** {@code count} new shoppers, each with one piece of the listing in the cart. */
  private List<String> shoppersWithOneOf(long productId, int count) throws SQLException {
    List<String> buyers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String buyer = shopper();
      assertEquals(200, add(buyer, productId, 1).status());
      buyers.add(buyer);
    }
    return buyers;
  }

  private static String statuses(List<Reply> replies) {
    return replies.stream()
        .map(reply -> reply.status() + " " + reply.body())
        .distinct()
        .toList()
        .toString();
  }

  private Reply add(String token, long productId, int quantity) {
    return addItem(token, "{\"productId\": " + productId + ", \"quantity\": " + quantity + "}");
  }

  /** POST /api/cart/items with a body as given, well-formed or not. */
  private Reply addItem(String token, String json) {
    return send(token, "POST", "api/cart/items", json);
  }

  /** Checks out with the total the cart shows now for the address's country. */
  private Reply checkout(String token, String key, String address, String card) {
    return checkout(token, key, address, card, total(token, address));
  }

  private Reply checkout(
      String token, String key, String address, String card, String expectedTotal) {
    return app.request("POST", "api/checkout")
        .bearer(token)
        .header("Idempotency-Key", key)
        .json(checkoutBody(address, card, expectedTotal))
        .send();
  }

  /** The cart's total for the address's country, as the storefront shows it; 0.00 if none. */
  private String total(String token, String address) {
    String country;
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(address))) {
      country = reader.readObject().getString("country", null);
    }
    Reply cart = get(token, "api/cart" + (country == null ? "" : "?country=" + country));
    return cart.status() == 200 ? cart.json().getJsonNumber("total").toString() : "0.00";
  }

  private Reply sendCheckout(String token, String key, String body) {
    return app.request("POST", "api/checkout")
        .bearer(token)
        .header("Idempotency-Key", key)
        .json(body)
        .send();
  }

  private static String checkoutBody(String address, String card, String expectedTotal) {
    return "{\"shippingAddress\": "
        + address
        + ", \"payment\": {\"paymentMethodId\": \""
        + card
        + "\"}, \"expectedTotal\": "
        + expectedTotal
        + "}";
  }

  private static String address(String country) {
    return "{\"name\": \"Ana Maker\", \"line1\": \"1 High Street\", \"city\": \"London\", \"postalCode\": \"N1 1AA\", \"country\": \""
        + country
        + "\"}";
  }

  private Reply get(String token, String path) {
    return app.request("GET", path).bearer(token).send();
  }

  private Reply send(String token, String method, String path, String json) {
    ApiClient.Request request = app.request(method, path).bearer(token);
    if (json != null) {
      request.json(json);
    }
    return request.send();
  }

  private static void assertProblem(Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals(type, reply.json().getString("type"), reply.body());
  }

  private static void flushRedis() throws Exception {
    EmbeddedRedis redis = IntegrationServices.current().redis();
    try (redis.clients.jedis.Jedis jedis =
        new redis.clients.jedis.Jedis("127.0.0.1", redis.port())) {
      jedis.auth(redis.password());
      for (String key : jedis.keys("marketplace:idempotency:*")) {
        jedis.del(key);
      }
    }
  }

  /**
   * What the provider charged for a checkout is what its paid orders hold plus what was refunded.
   */
  /**
   * The checkout's money agrees everywhere: the charge is what its charged orders came to, the
   * refunds are what the orders say went back, and its ledger transactions balance.
   */
  private static void assertBalanced(String checkoutId) throws SQLException {
    assertEquals(
        scalar(
            "SELECT coalesce(sum(amount), 0.00) FROM payments WHERE kind = 'CHARGE'"
                + " AND checkout_id = CAST(? AS uuid)",
            checkoutId),
        scalar(
            "SELECT coalesce(sum(subtotal + shipping), 0.00) FROM orders"
                + " WHERE checkout_id = CAST(? AS uuid) AND payment_reference IS NOT NULL",
            checkoutId),
        "charged = what the charged orders came to");
    assertEquals(
        scalar(
            "SELECT coalesce(sum(amount), 0.00) FROM payments WHERE kind = 'REFUND'"
                + " AND checkout_id = CAST(? AS uuid)",
            checkoutId),
        scalar(
            "SELECT coalesce(sum(refunded), 0.00) FROM orders WHERE checkout_id = CAST(? AS uuid)",
            checkoutId),
        "refunded = what the orders say went back");
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM (SELECT e.transaction_id FROM ledger_entries e"
                + " JOIN ledger_transactions t ON t.id = e.transaction_id"
                + " WHERE t.checkout_id = CAST(? AS uuid)"
                + " GROUP BY e.transaction_id HAVING sum(e.amount) <> 0) unbalanced",
            checkoutId),
        "every ledger transaction of the checkout balances");
  }

  private static void shipping(
      Seller seller,
      String origin,
      String domesticFirst,
      String domesticAdditional,
      String internationalFirst,
      String internationalAdditional,
      String freeFrom)
      throws SQLException {
    scalar(
        "INSERT INTO shipping_profiles (shop_id, origin_country, domestic_first, domestic_additional,"
            + " international_first, international_additional, free_domestic_threshold,"
            + " processing_days_min, processing_days_max) VALUES (?, ?, CAST(? AS numeric),"
            + " CAST(? AS numeric), CAST(? AS numeric), CAST(? AS numeric), CAST(? AS numeric), 1, 3)"
            + " RETURNING shop_id",
        seller.shopId,
        origin,
        domesticFirst,
        domesticAdditional,
        internationalFirst,
        internationalAdditional,
        freeFrom);
  }

  private record Seller(long userId, long shopId, String token) {}

  private Seller seller(String name, String shippingPolicy) throws Exception {
    TestCatalogue.Account account = TestAccounts.signedIn("SELLER");
    long userId = account.userId();
    long shopId =
        Long.parseLong(
            scalar(
                "INSERT INTO shops (owner_id, name, slug, shipping_policy) VALUES (?, ?, ?, ?) RETURNING id",
                userId,
                name,
                "shop-" + UUID.randomUUID(),
                shippingPolicy));
    return new Seller(userId, shopId, account.token());
  }

  private static String shopper() throws SQLException {
    return TestAccounts.shopper().token();
  }

  private long listing(Seller seller, String title, String price, int quantity)
      throws SQLException {
    return listing(seller, title, price, quantity, "ACTIVE");
  }

  private long listing(Seller seller, String title, String price, int quantity, String status)
      throws SQLException {
    return Long.parseLong(
        scalar(
            "INSERT INTO products (shop_id, category_id, title, price, quantity, status)"
                + " VALUES (?, 501, ?, CAST(? AS numeric), ?, ?) RETURNING id",
            seller.shopId,
            title,
            price,
            quantity,
            status));
  }
}
