package org.handmademarket.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;

/** What a shopper does through the API, for tests of what follows from it (orders, search). */
public final class Storefront {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Storefront() {}

  /** A made-up word of eight letters that no other listing has: what a test searches for. */
  public static String uniqueWord() {
    StringBuilder word = new StringBuilder("q");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }

  /**
   * Buys one piece of a listing, shipped to Ana Maker in London, paid with the sandbox's good card.
   */
  public static long placeOrder(ApiClient app, String bearerToken, long productId) {
    Reply added =
        app.request("POST", "api/cart/items")
            .bearer(bearerToken)
            .json("{\"productId\": " + productId + ", \"quantity\": 1}")
            .send();
    assertEquals(200, added.status(), added.body());
    Reply checkout =
        app.request("POST", "api/checkout")
            .bearer(bearerToken)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(
                "{\"shippingAddress\": {\"name\": \"Ana Maker\", \"line1\": \"1 High Street\", \"city\": \"London\","
                    + " \"postalCode\": \"N1 1AA\", \"country\": \"GB\"}, \"payment\": {\"cardNumber\": \"4242424242424242\"}}")
            .send();
    assertEquals(201, checkout.status(), checkout.body());
    return checkout.json().getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** How many listings a search finds, bypassing the search cache. */
  public static long searchTotal(ApiClient app, String query) {
    return app.get("api/search?q=" + query, Map.of("X-Search-Cache", "bypass"))
        .json()
        .getJsonNumber("total")
        .longValue();
  }
}
