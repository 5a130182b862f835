package org.handmademarket.it;

import static org.handmademarket.it.support.PrometheusSamples.increase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.Listing;
import org.handmademarket.it.support.Storefront;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.it.support.TestShoppers;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator sees: the metrics on {@code /metrics} move with real cart, checkout and search
 * traffic, and a request's id travels from the request to the response and into a 500's answer.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

  private static final String CARD = "pm_card_visa";
  private static final String DECLINED = "pm_card_chargeDeclinedInsufficientFunds";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private ApiClient server;
  private String db;

  @BeforeEach
  void clients() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
    server = ApiClient.onLoopback(applicationUrl.toURI().resolve("/"));
    db = System.getProperty("it.db.url");
  }

  @Test
  void checkoutCartAndSearchMetricsFollowTraffic() throws Exception {
    long product;
    try (TestCatalogue catalogue = TestCatalogue.open(db)) {
      long shop = catalogue.shop("Metric Mugs", "metric-mugs-" + UUID.randomUUID(), "4.5", 0);
      product = catalogue.listing(shop, Listing.of("Tally mug").price("9.00").quantity(2));
    }
    String before = metrics();

    String paying = TestShoppers.signIn(db);
    String soldOut = TestShoppers.signIn(db);
    String declined = TestShoppers.signIn(db);
    assertEquals(200, add(paying, product, 2).status());
    assertEquals(200, add(soldOut, product, 1).status());
    assertEquals(200, add(declined, product, 1).status());
    assertEquals(200, app.request("GET", "api/cart").bearer(paying).send().status());
    String key = UUID.randomUUID().toString();
    assertEquals(201, checkout(paying, key, CARD).status());
    Reply replay = checkout(paying, key, CARD);
    assertEquals("true", replay.header("Idempotent-Replayed").orElse(""), replay.body());
    assertEquals(409, checkout(soldOut, UUID.randomUUID().toString(), CARD).status());
    assertEquals(
        409,
        checkout(declined, UUID.randomUUID().toString(), DECLINED).status(),
        "sold out before the card is tried");
    String after = metrics();
    assertEquals(
        1, increase(before, after, "checkout_outcomes_total", "outcome=\"success\""), after);
    assertEquals(
        2, increase(before, after, "checkout_outcomes_total", "outcome=\"sold_out\""), after);
    assertEquals(
        1, increase(before, after, "checkout_idempotent_replays_total", "source=\"redis\""), after);
    assertEquals(1, increase(before, after, "checkout_payment_latency_seconds_count", ""), after);
    assertEquals(
        3, increase(before, after, "cart_latency_seconds_count", "operation=\"add\""), after);
    // The GET above and one per new checkout: each reads the total it agrees to from the cart.
    assertEquals(
        4, increase(before, after, "cart_latency_seconds_count", "operation=\"cart\""), after);
    assertTrue(
        after.contains("# HELP checkout_outcomes_total Checkouts by how they ended"), "described");
  }

  @Test
  void searchCacheHitsAndMissesAreCounted() {
    String before = metrics();
    String query = "api/search?q=tally";

    // The first search fills the cache; a repeat is a hit unless indexing moved the cache on
    // meanwhile
    // (or the index is still being built at start-up: 503).
    String after =
        Eventually.await(
            "a search answered from the cache",
            Duration.ofSeconds(60),
            () -> {
              app.get(query);
              return metrics();
            },
            metrics -> increase(before, metrics, "search_cache_hits_total", "") > 0);

    assertTrue(increase(before, after, "search_cache_misses_total", "") > 0, after);
    assertTrue(after.contains("search_outbox_lag_seconds"), "outbox lag");
  }

  @Test
  void declinedPaymentsAreCounted() throws Exception {
    long product;
    try (TestCatalogue catalogue = TestCatalogue.open(db)) {
      long shop = catalogue.shop("Declined Decor", "declined-decor-" + UUID.randomUUID(), "4.0", 0);
      product = catalogue.listing(shop, Listing.of("Unpaid vase").price("15.00").quantity(1));
    }
    String before = metrics();
    String shopper = TestShoppers.signIn(db);
    assertEquals(200, add(shopper, product, 1).status());

    assertEquals(402, checkout(shopper, UUID.randomUUID().toString(), DECLINED).status());

    String after = metrics();
    assertEquals(
        1,
        increase(before, after, "checkout_outcomes_total", "outcome=\"payment_declined\""),
        after);
    assertEquals(
        0, increase(before, after, "checkout_outcomes_total", "outcome=\"success\""), after);
  }

  @Test
  void requestIdIsEchoedAndNamesAFailure() {
    String sent = "req-" + UUID.randomUUID();

    Reply failure =
        app.request("GET", "api/test-probe/failure").header("X-Request-Id", sent).send();

    assertEquals(500, failure.status());
    assertEquals(sent, failure.header("X-Request-Id").orElse(""), "echoed");
    assertEquals(sent, failure.json().getString("correlationId"), "the 500 names the request");
    String made = app.get("api/categories").header("X-Request-Id").orElse("");
    assertTrue(made.length() >= 32, "a request without an id gets one: " + made);
    String forged =
        app.request("GET", "api/categories")
            .header("X-Request-Id", "a b\" SEVERE forged")
            .send()
            .header("X-Request-Id")
            .orElse("");
    assertNotEquals("a b\" SEVERE forged", forged, "an id that could forge log fields is replaced");
  }

  private Reply add(String token, long productId, int quantity) {
    return app.request("POST", "api/cart/items")
        .bearer(token)
        .json("{\"productId\": " + productId + ", \"quantity\": " + quantity + "}")
        .send();
  }

  private Reply checkout(String token, String key, String card) {
    return Storefront.checkout(app, token, key, card);
  }

  private String metrics() {
    Reply reply = server.get("metrics", "text/plain");
    assertEquals(200, reply.status());
    return reply.body();
  }
}
