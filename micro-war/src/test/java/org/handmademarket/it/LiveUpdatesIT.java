package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.LiveSocket;
import org.handmademarket.it.support.LiveSocket.Received;
import org.handmademarket.it.support.Storefront;
import org.handmademarket.it.support.TestAccounts;
import org.handmademarket.it.support.TestCatalogue.Account;
import org.handmademarket.localstack.Directories;
import org.handmademarket.localstack.LoopbackPorts;
import org.handmademarket.localstack.PayaraMicro;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live updates across two instances of the application on the same PostgreSQL and Redis: instance A
 * is Arquillian's, instance B a second Payara Micro with the same WAR that this class starts and
 * stops. Browsers are played by the JDK's WebSocket client, with the session cookie where signed
 * in.
 */
@ExtendWith(ArquillianExtension.class)
class LiveUpdatesIT {

  private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);
  private static final int MAX_SUBSCRIPTIONS = 20;

  private static PayaraMicro instanceB;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient onA;
  private URI serverA;
  private URI serverB;

  @BeforeAll
  static void startInstanceB() throws Exception {
    Path workDirectory =
        Path.of(System.getProperty("project.build.directory", "target"), "live-instance-b");
    // A runtime directory left by an earlier run would deploy its old copy of the application too.
    Directories.deleteRecursively(workDirectory);
    instanceB =
        new PayaraMicro(
            Path.of(System.getProperty("payara.microJar")),
            Path.of(System.getProperty("marketplace.war", "target/marketplace.war")),
            LoopbackPorts.free(),
            workDirectory,
            instanceBConfig());
    instanceB.start();
    // Readiness can answer before the application's own endpoints are deployed.
    ApiClient b = ApiClient.onLoopback(URI.create(instanceB.baseUrl() + "/"));
    Eventually.await(
        "the API on instance B",
        Duration.ofMinutes(2),
        () -> b.get("api/categories").status(),
        status -> status == 200);
  }

  /** The test run's configuration; B looks at its sockets' sessions every second. */
  private static Map<String, String> instanceBConfig() {
    Map<String, String> config = new HashMap<>(IntegrationServices.current().applicationConfig());
    config.put("live.session-check-seconds", "1");
    return config;
  }

  @AfterAll
  static void stopInstanceB() {
    if (instanceB != null) {
      instanceB.stop();
    }
  }

  @BeforeEach
  void clients() throws Exception {
    onA = ApiClient.onLoopback(applicationUrl.toURI());
    serverA = applicationUrl.toURI();
    serverB = URI.create(instanceB.baseUrl() + "/");
  }

  /**
   * The delay printed runs from sending the change to instance A until the push arrives from B: an
   * upper bound of the delay from the commit, which happens somewhere inside the request.
   */
  @Test
  void aStockChangeOnOneInstanceReachesASubscriberOnTheOtherWithinASecond() throws Exception {
    Account seller = TestAccounts.seller("Live Clay");
    long mug = TestAccounts.listing(seller, "Speckled mug", 30);
    List<Long> delays = new ArrayList<>();
    List<Long> requests = new ArrayList<>();
    List<Long> afterResponse = new ArrayList<>();
    try (LiveSocket browserOnB = LiveSocket.anonymous(serverB)) {
      assertEquals("subscribed", browserOnB.subscribe("listing", mug).getString("type"));

      for (int quantity = 29; quantity >= 1; quantity--) {
        long sent = System.nanoTime();
        Reply edited = changeQuantity(seller, mug, quantity);
        long answered = System.nanoTime();
        requests.add(answered - sent);
        assertEquals(200, edited.status(), edited.body());
        Received pushed = browserOnB.next(WITHIN_A_SECOND);
        delays.add(pushed.nanos() - sent);
        afterResponse.add(Math.max(0, pushed.nanos() - answered));
        assertEquals("availability", pushed.message().getString("type"));
        assertEquals(mug, pushed.message().getJsonNumber("listing").longValue());
        assertEquals(quantity, pushed.message().getInt("available"));
        assertEquals("ACTIVE", pushed.message().getString("status"));
      }

      Account buyer = TestAccounts.shopper();
      assertEquals(200, addToCart(buyer, mug, 1).status());
      long sent = System.nanoTime();
      Reply checkout = checkout(buyer);
      assertEquals(201, checkout.status(), checkout.body());
      Received soldOut = browserOnB.next(WITHIN_A_SECOND);
      delays.add(soldOut.nanos() - sent);
      assertEquals(0, soldOut.message().getInt("available"), soldOut.message().toString());
      assertEquals("SOLD_OUT", soldOut.message().getString("status"));
    }
    System.out.println(
        "Live update delay, stock change sent to A until the push arrives on B ("
            + delays.size()
            + " changes): "
            + millis(delays)
            + "; the change's own HTTP round trip on A: "
            + millis(requests)
            + "; push after A's response (0 when it came first): "
            + millis(afterResponse));
    long median = delays.stream().sorted().toList().get(delays.size() / 2) / 1_000_000;
    assertTrue(median < WITHIN_A_SECOND.toMillis(), "median " + median + " ms");
  }

  @Test
  void anOrdersMovesReachItsBuyerAndSellerAndNobodyElse() throws Exception {
    Account seller = TestAccounts.seller("Live Loom");
    long scarf = TestAccounts.listing(seller, "Wool scarf", 5);
    Account buyer = TestAccounts.shopper();
    assertEquals(200, addToCart(buyer, scarf, 1).status());
    Reply checkout = checkout(buyer);
    assertEquals(201, checkout.status(), checkout.body());
    long orderId =
        checkout.json().getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();

    try (LiveSocket anonymous = LiveSocket.anonymous(serverB);
        LiveSocket otherShopper = LiveSocket.signedIn(serverB, TestAccounts.shopper().token());
        LiveSocket buyersPage = LiveSocket.signedIn(serverB, buyer.token());
        LiveSocket sellersPage = LiveSocket.signedIn(serverA, seller.token())) {
      assertRefused(anonymous.subscribe("order", orderId), "unauthenticated", orderId);
      assertRefused(otherShopper.subscribe("order", orderId), "forbidden", orderId);
      assertRefused(otherShopper.subscribe("order", Long.MAX_VALUE), "forbidden", Long.MAX_VALUE);
      assertEquals("subscribed", buyersPage.subscribe("order", orderId).getString("type"));
      assertEquals("subscribed", sellersPage.subscribe("order", orderId).getString("type"));

      Reply shipped =
          onA.request("POST", "api/seller/orders/" + orderId + "/ship")
              .bearer(seller.token())
              .json("{\"carrier\": \"Royal Mail\", \"trackingNumber\": \"RM123\"}")
              .send();
      assertEquals(200, shipped.status(), shipped.body());

      for (LiveSocket page : List.of(buyersPage, sellersPage)) {
        JsonObject moved = page.next(WITHIN_A_SECOND).message();
        assertEquals("order", moved.getString("type"));
        assertEquals(orderId, moved.getJsonNumber("order").longValue());
        assertEquals("SHIPPED", moved.getString("status"));
      }
      assertNull(otherShopper.poll(Duration.ofMillis(300)), "nothing for a refused subscription");
      assertNull(anonymous.poll(Duration.ZERO));
    }
  }

  @Test
  void aSellersNewOrdersReachTheirOwnConsoleOnTheOtherInstanceOnly() throws Exception {
    Account seller = TestAccounts.seller("Live Kiln");
    long bowl = TestAccounts.listing(seller, "Kiln bowl", 5);
    Account buyer = TestAccounts.shopper();
    try (LiveSocket console = LiveSocket.signedIn(serverB, seller.token());
        LiveSocket otherSeller =
            LiveSocket.signedIn(serverB, TestAccounts.seller("Live Other").token());
        LiveSocket anonymous = LiveSocket.anonymous(serverB)) {
      assertEquals("subscribed", console.subscribe("seller", seller.userId()).getString("type"));
      assertRefused(otherSeller.subscribe("seller", seller.userId()), "forbidden", seller.userId());
      assertRefused(anonymous.subscribe("seller", seller.userId()), "forbidden", seller.userId());

      assertEquals(200, addToCart(buyer, bowl, 1).status());
      Reply checkout = checkout(buyer);
      assertEquals(201, checkout.status(), checkout.body());
      long orderId =
          checkout.json().getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();

      JsonObject placed = console.next(Duration.ofSeconds(5)).message();
      assertEquals("new-order", placed.getString("type"));
      assertEquals(orderId, placed.getJsonNumber("orderId").longValue());
      assertEquals(1, placed.getInt("lines"));
      assertNull(otherSeller.poll(Duration.ofMillis(300)), "nothing for a refused subscription");
    }
  }

  @Test
  void nothingIsSentForListingsNobodyOnTheConnectionWatches() throws Exception {
    Account seller = TestAccounts.seller("Live Glass");
    long watched = TestAccounts.listing(seller, "Glass bead", 10);
    long unwatched = TestAccounts.listing(seller, "Glass vase", 10);
    try (LiveSocket watching = LiveSocket.anonymous(serverB);
        LiveSocket idle = LiveSocket.anonymous(serverB)) {
      assertEquals("subscribed", watching.subscribe("listing", watched).getString("type"));

      assertEquals(200, changeQuantity(seller, unwatched, 3).status());
      assertEquals(200, changeQuantity(seller, watched, 4).status());

      JsonObject first = watching.next(WITHIN_A_SECOND).message();
      assertEquals(
          watched, first.getJsonNumber("listing").longValue(), "the unwatched change was not sent");
      assertEquals(4, first.getInt("available"));
      assertNull(
          idle.poll(Duration.ofMillis(300)), "a connection without subscriptions hears nothing");
    }
  }

  @Test
  void aConnectionIsBoundedAndAnswersMalformedMessagesWithAnError() throws Exception {
    try (LiveSocket socket = LiveSocket.anonymous(serverA)) {
      for (String malformed :
          List.of(
              "not json",
              "[1, 2]",
              "{\"type\": \"dance\", \"listing\": 1}",
              "{\"listing\": 1}",
              "{\"type\": \"subscribe\", \"listing\": \"x\"}",
              "{\"type\": \"subscribe\", \"listing\": -3}",
              "{\"type\": \"subscribe\", \"listing\": 1.5}",
              "{\"type\": \"subscribe\", \"listing\": 99999999999999999999}",
              "{\"type\": \"subscribe\", \"listing\": 1, \"order\": 2}")) {
        socket.send(malformed);
        JsonObject answer = socket.next().message();
        assertEquals("error", answer.getString("type"), malformed);
        assertEquals("malformed", answer.getString("code"), malformed);
      }

      for (long listing = 1; listing <= MAX_SUBSCRIPTIONS; listing++) {
        assertEquals("subscribed", socket.subscribe("listing", listing).getString("type"));
      }
      assertEquals(
          "subscribed",
          socket.subscribe("listing", 1).getString("type"),
          "again: no new slot taken");
      JsonObject refused = socket.subscribe("listing", MAX_SUBSCRIPTIONS + 1);
      assertRefused(refused, "too-many-subscriptions", MAX_SUBSCRIPTIONS + 1);
      assertEquals(MAX_SUBSCRIPTIONS, refused.getInt("max"));
      assertTrue(gauge("live_subscriptions") >= MAX_SUBSCRIPTIONS, "subscriptions gauge");
      assertTrue(gauge("live_subscribers") >= 1, "subscribers gauge");

      socket.send("{\"type\": \"unsubscribe\", \"listing\": 1}");
      assertEquals("unsubscribed", socket.next().message().getString("type"));
      assertEquals(
          "subscribed", socket.subscribe("listing", MAX_SUBSCRIPTIONS + 1).getString("type"));

      socket.send(
          "{\"type\": \"subscribe\", \"listing\": 1, \"padding\": \"" + "x".repeat(2000) + "\"}");
      assertEquals(1009, socket.closeCode(), "too big to be a client message");
      assertFalse(socket.isOpen());
    }
  }

  @Test
  void aPageOfAnotherSiteCannotOpenAConnectionWithTheShoppersCookie() throws Exception {
    Account buyer = TestAccounts.shopper();
    String ownOrigin = "http://127.0.0.1:" + serverB.getPort();
    for (String foreign :
        List.of("http://evil.example", "null", "http://127.0.0.1:" + (serverB.getPort() + 1))) {
      assertRefused(foreign, buyer);
    }
    try (LiveSocket ownPage = LiveSocket.fromPage(serverB, ownOrigin, buyer.token())) {
      assertEquals("subscribed", ownPage.subscribe("listing", 1).getString("type"));
    }
  }

  @Test
  void aConnectionClosesWhenItsSessionEndsOnAnyInstance() throws Exception {
    Account signingOut = TestAccounts.shopper();
    Account suspended = TestAccounts.shopper();
    Account promoted = TestAccounts.shopper();
    Account bystander = TestAccounts.shopper();
    try (LiveSocket signingOutsPage = LiveSocket.signedIn(serverB, signingOut.token());
        LiveSocket suspendedsPage = LiveSocket.signedIn(serverB, suspended.token());
        LiveSocket promotedsPage = LiveSocket.signedIn(serverB, promoted.token());
        LiveSocket bystandersPage = LiveSocket.signedIn(serverB, bystander.token())) {
      for (LiveSocket page :
          List.of(signingOutsPage, suspendedsPage, promotedsPage, bystandersPage)) {
        assertEquals("subscribed", page.subscribe("listing", 1).getString("type"));
      }

      Reply signedOut =
          onA.request("POST", "api/auth/logout")
              .cookie("hm_session", signingOut.token())
              .header("X-Requested-With", "XMLHttpRequest")
              .send();
      assertEquals(204, signedOut.status(), signedOut.body());
      assertEquals(
          204,
          onA.request(
                  "POST", "api/test-probe/identity/accounts/" + suspended.userId() + "/suspension")
              .send()
              .status());
      assertEquals(
          204,
          onA.request(
                  "POST", "api/test-probe/identity/accounts/" + promoted.userId() + "/roles/SELLER")
              .send()
              .status());

      for (LiveSocket ended : List.of(signingOutsPage, suspendedsPage, promotedsPage)) {
        assertEquals(1008, ended.closeCode());
      }
      assertTrue(bystandersPage.isOpen(), "other accounts' connections stay open");
      assertEquals("unsubscribed", unsubscribe(bystandersPage, 1).getString("type"));
    }
  }

  /**
   * The upgrade is refused (403) or the socket is closed for a policy violation before it answers
   * anything.
   */
  private void assertRefused(String origin, Account account) throws Exception {
    LiveSocket hijacked;
    try {
      hijacked = LiveSocket.fromPage(serverB, origin, account.token());
    } catch (java.util.concurrent.ExecutionException refusedUpgrade) {
      return;
    }
    try (hijacked) {
      assertEquals(1008, hijacked.closeCode(), origin);
      assertNull(hijacked.poll(Duration.ZERO), "nothing was answered to " + origin);
    }
  }

  private static JsonObject unsubscribe(LiveSocket page, long listing) throws Exception {
    page.send("{\"type\": \"unsubscribe\", \"listing\": " + listing + "}");
    return page.next().message();
  }

  private static String millis(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().map(value -> value / 1_000_000).toList();
    return "median "
        + sorted.get(sorted.size() / 2)
        + " ms, p95 "
        + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)
        + " ms, max "
        + sorted.get(sorted.size() - 1)
        + " ms";
  }

  private Reply changeQuantity(Account seller, long productId, int quantity) {
    return onA.request("PUT", "api/seller/products/" + productId + "/quantity")
        .bearer(seller.token())
        .json("{\"quantity\": " + quantity + "}")
        .send();
  }

  private Reply addToCart(Account shopper, long productId, int quantity) {
    return onA.request("POST", "api/cart/items")
        .bearer(shopper.token())
        .json("{\"productId\": " + productId + ", \"quantity\": " + quantity + "}")
        .send();
  }

  private Reply checkout(Account shopper) {
    return Storefront.checkout(
        onA, shopper.token(), UUID.randomUUID().toString(), Storefront.APPROVED_CARD);
  }

  private double gauge(String name) {
    String metrics = ApiClient.onLoopback(serverA.resolve("/")).get("metrics", "text/plain").body();
    Matcher line = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
    assertTrue(line.find(), name + " in " + metrics);
    return Double.parseDouble(line.group(2));
  }

  private static void assertRefused(JsonObject answer, String code, long id) {
    assertEquals("error", answer.getString("type"), answer.toString());
    assertEquals(code, answer.getString("code"), answer.toString());
    String topic =
        Stream.of("order", "seller", "listing")
            .filter(answer::containsKey)
            .findFirst()
            .orElseThrow();
    assertEquals(id, answer.getJsonNumber(topic).longValue(), answer.toString());
    assertFalse(answer.getString("detail").isBlank());
  }
}
