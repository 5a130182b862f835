package org.handmademarket.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;

/** What a shopper does through the API, for tests of what follows from it (orders, search). */
public final class Storefront {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The sandbox provider's card that is always approved. */
  public static final String APPROVED_CARD = "pm_card_visa";

  /** The total each checkout agreed to, by token and Idempotency-Key: a retry sends it again. */
  private static final Map<String, String> AGREED_TOTALS = new ConcurrentHashMap<>();

  private Storefront() {}

  /**
   * Checks the cart out to Ana Maker in London with {@code card}, agreeing to the total the cart
   * shows for Great Britain; a retry with the same key agrees to the same total, as a client
   * retrying its request does.
   */
  public static Reply checkout(ApiClient app, String bearerToken, String key, String card) {
    String total =
        AGREED_TOTALS.computeIfAbsent(
            bearerToken + " " + key,
            ignored ->
                app.request("GET", "api/cart?country=GB")
                    .bearer(bearerToken)
                    .send()
                    .json()
                    .getJsonNumber("total")
                    .toString());
    return app.request("POST", "api/checkout")
        .bearer(bearerToken)
        .header("Idempotency-Key", key)
        .json(
            "{\"shippingAddress\": {\"name\": \"Ana Maker\", \"line1\": \"1 High Street\", \"city\": \"London\","
                + " \"postalCode\": \"N1 1AA\", \"country\": \"GB\"}, \"payment\": {\"paymentMethodId\": \""
                + card
                + "\"}, \"expectedTotal\": "
                + total
                + "}")
        .send();
  }

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
    Reply checkout = checkout(app, bearerToken, UUID.randomUUID().toString(), APPROVED_CARD);
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
