package org.handmademarket.it;

import static org.handmademarket.it.support.TestAccounts.scalar;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

  private static final String CARD = "4242424242424242";
  private static final String DECLINED = "4000000000000002";
  private static final String TIMES_OUT = "4000000000000119";

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
    assertEquals("67.50", receipt.getJsonNumber("totalPaid").toString());
    List<JsonObject> orders =
        receipt.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
            .sorted(java.util.Comparator.comparing(o -> o.getJsonNumber("shopId").longValue()))
            .toList();
    assertEquals(2, orders.size());
    assertEquals("37.50", orders.get(0).getJsonNumber("subtotal").toString());
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

    // Support: refunds need the role; cancelling the other order puts its stock back.
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
    assertEquals("4", scalar("SELECT quantity FROM products WHERE id = ?", scarf));
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
            .json(checkoutBody(address("GB"), CARD))
            .send();
    assertProblem(checkout, 401, "/problems/unauthenticated");
  }

  @Test
  void aFlashSaleSellsExactlyTheStock() throws Exception {
    long skein = listing(textiles, "Hand-dyed skein", "28.00", 3);
    int shoppers = 50;
    List<String> buyers = new ArrayList<>();
    for (int i = 0; i < shoppers; i++) {
      String buyer = shopper();
      assertEquals(200, add(buyer, skein, 1).status());
      buyers.add(buyer);
    }

    List<Reply> replies =
        all(
            buyers.stream()
                .map(
                    buyer ->
                        (Call)
                            () ->
                                checkout(buyer, UUID.randomUUID().toString(), address("FR"), CARD))
                .toList());

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

  @Test
  void oneKeySentTwentyTimesAtOncePlacesOneSetOfOrders() throws Exception {
    long mug = listing(pottery, "Mug", "15.00", 50);
    long scarf = listing(textiles, "Scarf", "20.00", 50);
    String buyer = shopper();
    add(buyer, mug, 1);
    add(buyer, scarf, 2);
    String key = UUID.randomUUID().toString();

    List<Reply> replies =
        all(
            java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> (Call) () -> checkout(buyer, key, address("DE"), CARD))
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

    Reply replay = checkout(buyer, key, address("DE"), CARD);
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
    Reply first = checkout(buyer, key, address("DE"), CARD);
    assertEquals(201, first.status(), first.body());
    flushRedis();
    add(buyer, mug, 1);

    Reply again = checkout(buyer, key, address("DE"), CARD);

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
  void aDeclinedCardCancelsTheOrdersAndPutsTheStockBack() throws Exception {
    long vase = listing(pottery, "Vase", "80.00", 1);
    String buyer = shopper();
    add(buyer, vase, 1);
    String key = UUID.randomUUID().toString();

    Reply declined = checkout(buyer, key, address("GB"), DECLINED);

    assertProblem(declined, 402, "/problems/payment-declined");
    assertEquals(
        "1 ACTIVE", scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", vase));
    assertEquals(
        "CANCELLED",
        scalar(
            "SELECT status FROM orders WHERE checkout_id = CAST(? AS uuid)",
            declined.json().getString("checkoutId")));
    assertEquals("0", scalar("SELECT sales_count FROM shops WHERE id = ?", pottery.shopId));
    Reply replay = checkout(buyer, key, address("GB"), DECLINED);
    assertEquals(402, replay.status());
    assertEquals(declined.body(), replay.body());

    add(buyer, vase, 1);
    Reply pending = checkout(buyer, UUID.randomUUID().toString(), address("GB"), TIMES_OUT);
    assertEquals(202, pending.status(), pending.body());
    assertFalse(pending.json().getBoolean("success"));
    assertEquals("PENDING", pending.json().getString("payment"));
    assertEquals("0.00", pending.json().getJsonNumber("totalPaid").toString());
    assertEquals(
        "0 SOLD_OUT",
        scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", vase),
        "pending orders hold the stock");
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
      calls.add(() -> checkout(buyer, UUID.randomUUID().toString(), address("IT"), CARD));
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
                "/problems/malformed-request"),
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
                send(buyer, "POST", "api/checkout", checkoutBody(address("GB"), CARD)),
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
                sendCheckout(buyer, key, "{\"shippingAddress\": 5}"),
                400,
                "/problems/malformed-request"),
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
        () -> assertProblem(get(buyer, "api/orders?pageSize=1000"), 400, "/problems/validation"));
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

  private Reply checkout(String token, String key, String address, String card) {
    return app.request("POST", "api/checkout")
        .bearer(token)
        .header("Idempotency-Key", key)
        .json(checkoutBody(address, card))
        .send();
  }

  private Reply sendCheckout(String token, String key, String body) {
    return app.request("POST", "api/checkout")
        .bearer(token)
        .header("Idempotency-Key", key)
        .json(body)
        .send();
  }

  private static String checkoutBody(String address, String card) {
    return "{\"shippingAddress\": "
        + address
        + ", \"payment\": {\"cardNumber\": \""
        + card
        + "\"}}";
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
    try (redis.clients.jedis.Jedis jedis =
        new redis.clients.jedis.Jedis("127.0.0.1", IntegrationServices.current().redis().port())) {
      for (String key : jedis.keys("marketplace:idempotency:*")) {
        jedis.del(key);
      }
    }
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
