package org.handmademarket.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Shoppers of the demo marketplace (the local stack's data) who browse their feed, search, open a
 * listing, put it in the cart, look at the cart and check out with the sandbox card, again and
 * again for the run's length. Each signs in once, as one of the demo's generated sellers (who may
 * buy from other shops), so that no registration's key derivation is part of the journey.
 *
 * <p>{@code -Dload.url}, {@code -Dload.users} (started over 10 s) and {@code -Dload.seconds}; the
 * HTML report is written under {@code load-tests/target/gatling}.
 */
public class ShopperJourneys extends Simulation {

  private static final String URL = System.getProperty("load.url", "http://127.0.0.1:8180");
  private static final int USERS = Integer.getInteger("load.users", 16);
  private static final int SECONDS = Integer.getInteger("load.seconds", 60);
  private static final String DEMO_SELLER_PASSWORD = "demo-seller-2026";
  private static final List<String> TERMS =
      List.of(
          "ring",
          "mug",
          "scarf",
          "vase",
          "necklace",
          "print",
          "bowl",
          "quilt",
          "candle",
          "earrings",
          "lamp",
          "blanket");
  private static final String ADDRESS =
      "{\"name\": \"Load Shopper\", \"line1\": \"1 Road\", \"city\": \"Leeds\","
          + " \"postalCode\": \"LS1 1AA\", \"country\": \"GB\"}";

  private final HttpProtocolBuilder protocol =
      http.baseUrl(URL)
          .acceptHeader("application/json")
          .contentTypeHeader("application/json")
          .shareConnections();

  /** seller2@..., seller3@...: the demo's generated sellers, one per virtual shopper. */
  private final Iterator<Map<String, Object>> accounts =
      Stream.iterate(2, n -> n + 1)
          .map(n -> Map.<String, Object>of("email", "seller" + n + "@shops.handmade.test"))
          .iterator();

  private final ChainBuilder signIn =
      exec(http("sign in")
              .post("/api/auth/login")
              .body(
                  StringBody(
                      "{\"email\": \"#{email}\", \"password\": \"" + DEMO_SELLER_PASSWORD + "\"}"))
              .check(jsonPath("$.token").saveAs("token")))
          .exitHereIfFailed();

  private final ChainBuilder browseAndBuy =
      exec(session ->
              session.set("term", TERMS.get(ThreadLocalRandom.current().nextInt(TERMS.size()))))
          .exec(http("feed").get("/api/feed").header("Authorization", "Bearer #{token}"))
          .exec(
              http("search")
                  .get("/api/search?q=#{term}")
                  .check(jsonPath("$.products[*].id").findRandom().saveAs("productId")))
          .exec(http("product").get("/api/products/#{productId}"))
          .exec(
              http("add to cart")
                  .post("/api/cart/items")
                  .header("Authorization", "Bearer #{token}")
                  .body(StringBody("{\"productId\": #{productId}, \"quantity\": 1}"))
                  // 409: the piece sold out since the search, or it is the shopper's own.
                  .check(status().in(200, 409)))
          .exec(
              http("get cart")
                  .get("/api/cart?country=GB")
                  .header("Authorization", "Bearer #{token}")
                  .check(jsonPath("$.total").saveAs("total")))
          .exec(
              http("checkout")
                  .post("/api/checkout")
                  .header("Authorization", "Bearer #{token}")
                  .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                  .body(
                      StringBody(
                          "{\"shippingAddress\": "
                              + ADDRESS
                              + ", \"payment\": {\"paymentMethodId\": \"pm_card_visa\"},"
                              + " \"expectedTotal\": #{total}}"))
                  // 409: an empty cart (the add was refused), a shop that does not ship to GB,
                  // or a total that moved; all are answers a shopper can get.
                  .check(status().in(201, 409)));

  private final ScenarioBuilder shoppers =
      scenario("Shopper journey")
          .feed(accounts)
          .exec(signIn)
          .during(Duration.ofSeconds(SECONDS))
          .on(browseAndBuy);

  {
    setUp(shoppers.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(10))))
        .protocols(protocol)
        .assertions(global().failedRequests().percent().lt(1.0));
  }
}
