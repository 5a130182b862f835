package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.Listing;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.it.support.TestCatalogue.Account;
import org.handmademarket.it.support.TestOrders;
import org.handmademarket.localstack.ManagedService;
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
 * Favorites, views, trending and the feed through the API on the WAR in Payara Micro with real
 * PostgreSQL, Redis and Elasticsearch. The listings are written with JDBC and indexed through the
 * outbox; each theme carries a tag made up for this run, so that look-alikes of this class's
 * listings are this class's listings whatever else the shared database holds. Shoppers' histories
 * are built through the API (favorites, product pages) and their orders with JDBC.
 */
@ExtendWith(ArquillianExtension.class)
class FeedIT {

  private static final Duration FIRST_INDEXING = Duration.ofSeconds(90);

  /** The fixture, created once after deployment and only read by the tests. */
  private static String ceramicsTag;

  private static Map<String, Long> ids;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;

  @BeforeEach
  void fixture() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
    if (ceramicsTag != null) {
      return;
    }
    String word = TestCatalogue.madeUpWord();
    String ceramics = word + "ware";
    String knits = word + "knit";
    ids = new LinkedHashMap<>();
    try (TestCatalogue catalogue = TestCatalogue.open()) {
      long kiln = catalogue.shop("Kiln " + word, "kiln-" + word, "4.60", 30);
      long loom = catalogue.shop("Loom " + word, "loom-" + word, "4.20", 12);
      long glass = catalogue.shop("Glass " + word, "glass-" + word, "4.00", 5);
      add(
          catalogue,
          kiln,
          "mug1",
          Listing.of("Speckled stoneware mug")
              .in("mugs")
              .price("28.00")
              .quantity(5)
              .tags(ceramics, "speckled", "stoneware"));
      add(
          catalogue,
          kiln,
          "mug2",
          Listing.of("Blue glazed stoneware mug")
              .in("mugs")
              .price("32.00")
              .quantity(5)
              .tags(ceramics, "stoneware", "blue"));
      add(
          catalogue,
          kiln,
          "mug3",
          Listing.of("Tall latte mug")
              .in("mugs")
              .price("26.00")
              .quantity(5)
              .tags(ceramics, "stoneware"));
      add(
          catalogue,
          kiln,
          "mug4",
          Listing.of("Speckled espresso cup")
              .in("mugs")
              .price("18.00")
              .quantity(5)
              .tags(ceramics, "speckled"));
      add(
          catalogue,
          kiln,
          "mug5",
          Listing.of("Stoneware travel mug")
              .in("mugs")
              .price("30.00")
              .quantity(5)
              .tags(ceramics, "stoneware"));
      add(
          catalogue,
          kiln,
          "sold",
          Listing.of("Speckled stoneware tumbler")
              .in("mugs")
              .price("24.00")
              .quantity(3)
              .tags(ceramics, "speckled"));
      add(
          catalogue,
          kiln,
          "bought",
          Listing.of("Speckled stoneware mug pair")
              .in("mugs")
              .price("50.00")
              .quantity(4)
              .tags(ceramics, "speckled"));
      add(
          catalogue,
          kiln,
          "bowl1",
          Listing.of("Stoneware ramen bowl")
              .in("bowls")
              .price("40.00")
              .quantity(5)
              .tags(ceramics, "stoneware"));
      add(
          catalogue,
          kiln,
          "bowl2",
          Listing.of("Speckled serving bowl")
              .in("bowls")
              .price("55.00")
              .quantity(5)
              .tags(ceramics, "speckled"));
      add(
          catalogue,
          kiln,
          "bowl3",
          Listing.of("Small stoneware dipping bowl")
              .in("bowls")
              .price("22.00")
              .quantity(5)
              .tags(ceramics, "stoneware"));
      add(
          catalogue,
          loom,
          "scarf1",
          Listing.of("Merino wool scarf")
              .in("scarves")
              .price("45.00")
              .quantity(5)
              .tags(knits, "wool"));
      add(
          catalogue,
          loom,
          "scarf2",
          Listing.of("Striped lambswool scarf")
              .in("scarves")
              .price("38.00")
              .quantity(5)
              .tags(knits, "wool"));
      add(
          catalogue,
          glass,
          "vase",
          Listing.of("Hand-blown glass bud vase")
              .in("vases")
              .price("70.00")
              .quantity(5)
              .tags("glass"));
      catalogue.announce(ids.values().stream().mapToLong(Long::longValue).toArray());
      for (long shop : List.of(kiln, loom, glass)) {
        catalogue.announceShop(shop);
      }
    }
    Eventually.await(
        "the fixture indexed",
        FIRST_INDEXING,
        () -> app.get("api/search?q=" + ceramics + "&pageSize=60"),
        reply -> reply.status() == 200 && reply.json().getInt("total") == 10);
    ceramicsTag = ceramics;
  }

  @Test
  void anonymousVisitorsSeeTrendingOnly() {
    Reply reply = app.get("api/feed");

    assertEquals(200, reply.status(), reply.body());
    JsonObject feed = reply.json();
    assertEquals(JsonValue.NULL, feed.get("variant"));
    assertEquals(List.of("trending"), keys(feed));
    JsonObject trending = feed.getJsonArray("sections").getJsonObject(0);
    assertEquals("Trending now", trending.getString("title"));
    assertFalse(trending.getString("reason").isBlank());
    List<JsonObject> products = trending.getJsonArray("products").getValuesAs(JsonObject.class);
    assertFalse(products.isEmpty());
    assertTrue(
        products
            .get(0)
            .keySet()
            .containsAll(
                List.of(
                    "id",
                    "title",
                    "price",
                    "shopName",
                    "shopSlug",
                    "isVintage",
                    "isHandmade",
                    "category",
                    "categoryName",
                    "quantity",
                    "favoriteCount")),
        products.get(0).toString());
    assertTrue(products.stream().allMatch(card -> card.getInt("quantity") > 0));
    Map<String, Long> perShop =
        products.stream()
            .collect(
                Collectors.groupingBy(card -> card.getString("shopSlug"), Collectors.counting()));
    assertTrue(
        perShop.values().stream().allMatch(count -> count <= 2), "at most 2 per shop: " + perShop);
  }

  @Test
  void aNewShopperSeesPopularRightNow() throws Exception {
    Account shopper = account("SHOPPER");
    favorite(shopper, ids.get("mug4"));
    view(shopper, ids.get("scarf1"));
    view(shopper, ids.get("vase"));
    flush();

    JsonObject feed = feed(shopper);

    assertTrue(Set.of("A", "B").contains(feed.getString("variant")), feed.toString());
    assertEquals(List.of("popular"), keys(feed));
    assertEquals(
        "Popular right now", feed.getJsonArray("sections").getJsonObject(0).getString("title"));
    assertFalse(productIds(feed).contains(ids.get("mug4")), "a favorite is not recommended");
  }

  @Test
  void aShopperWithFavoritesGetsSectionsThatFollowThem() throws Exception {
    Account shopper = account("SHOPPER");
    for (String ref : List.of("mug1", "mug2", "bowl1")) {
      favorite(shopper, ids.get(ref));
    }
    view(shopper, ids.get("mug3"));
    view(shopper, ids.get("bowl2"));
    view(shopper, ids.get("bowl2"));
    TestOrders.bought(shopper.userId(), ids.get("bought"), "PAID");
    flush();
    try (TestCatalogue catalogue = TestCatalogue.open()) {
      catalogue.setQuantity(ids.get("sold"), 0);
    }

    JsonObject feed = feed(shopper);

    assertTrue(Set.of("A", "B").contains(feed.getString("variant")));
    List<String> keys = keys(feed);
    assertTrue(
        keys.containsAll(List.of("based-on-favorites", "more-in-mugs", "more-in-bowls")),
        keys.toString());
    assertEquals(
        feed.getString("variant").equals("A") ? 0 : 2,
        keys.indexOf("based-on-favorites"),
        "the variant's order");
    Set<Long> lookalikes = productIds(section(feed, "based-on-favorites"));
    Set<Long> unseenPottery = Set.of(ids.get("mug4"), ids.get("mug5"), ids.get("bowl3"));
    assertTrue(
        lookalikes.containsAll(unseenPottery), "look-alikes of the favorites: " + lookalikes);
    assertFalse(
        lookalikes.contains(ids.get("scarf1")) || lookalikes.contains(ids.get("vase")),
        lookalikes.toString());
    assertEquals(Set.of("mugs"), categories(section(feed, "more-in-mugs")));
    assertEquals(Set.of("bowls"), categories(section(feed, "more-in-bowls")));
    assertEquals("More in Mugs & Cups", section(feed, "more-in-mugs").getString("title"));
    List<Long> all = allProductIds(feed);
    assertEquals(all.size(), new HashSet<>(all).size(), "each listing once: " + all);
    for (String never : List.of("mug1", "mug2", "bowl1", "bought", "sold")) {
      assertFalse(all.contains(ids.get(never)), never + " is favorited, bought or sold out");
    }
  }

  /**
   * A shopper with a long pottery history favorites a scarf, buys one and looks at another: the
   * feed follows the new interest at once, its section centred on what scarves they liked cost, not
   * on the average of everything they ever liked.
   */
  @Test
  void aNewInterestShowsInTheFeedAtOnce() throws Exception {
    Account shopper = account("SHOPPER");
    for (String ref : List.of("mug1", "mug2", "mug3", "bowl1", "bowl2")) {
      favorite(shopper, ids.get(ref));
    }
    for (String ref : List.of("mug4", "mug5", "bowl3", "mug4", "bowl3")) {
      view(shopper, ids.get(ref));
    }
    flush();
    assertFalse(keys(feed(shopper)).contains("more-in-scarves"), "no scarves yet");

    favorite(shopper, ids.get("scarf1"));
    view(shopper, ids.get("scarf2"));
    flush();

    JsonObject feed = feed(shopper);
    List<String> keys = keys(feed);
    assertTrue(keys.contains("more-in-scarves"), () -> "the new interest: " + keys);
    JsonObject scarves = section(feed, "more-in-scarves");
    assertTrue(productIds(scarves).contains(ids.get("scarf2")), scarves::toString);
    // Scarves at 45 (favorited, weight 2) and 38 (viewed, weight 1): $43, not the pottery's price.
    assertEquals("Because you like Scarves around $43", scarves.getString("reason"));
    assertTrue(keys.contains("more-in-mugs"), keys::toString);
  }

  @Test
  void favoritesAreIdempotentAndCounted() throws Exception {
    Account shopper = account("SHOPPER");
    long scarf = ids.get("scarf2");
    long shop = scalarLong("SELECT shop_id FROM products WHERE id = ?", scarf);

    for (int i = 0; i < 2; i++) {
      JsonObject added = send(shopper, "POST", "api/favorites/products/" + scarf).json();
      assertTrue(added.getBoolean("favorited"));
      assertEquals(1, added.getInt("favoriteCount"), "counted once");
      assertEquals(
          1, send(shopper, "POST", "api/favorites/shops/" + shop).json().getInt("favoriteCount"));
    }
    assertTrue(
        send(shopper, "GET", "api/favorites/products/" + scarf).json().getBoolean("favorited"));
    JsonObject mine = send(shopper, "GET", "api/favorites").json();
    JsonObject card = mine.getJsonArray("products").getJsonObject(0);
    assertEquals(scarf, card.getJsonNumber("id").longValue());
    assertEquals("Striped lambswool scarf", card.getString("title"));
    assertEquals("38.00", card.getJsonNumber("price").toString());
    assertEquals("scarves", card.getString("category"));
    JsonObject shopCard = mine.getJsonArray("shops").getJsonObject(0);
    assertEquals(shop, shopCard.getJsonNumber("id").longValue());
    assertEquals(1, shopCard.getInt("favoriteCount"));
    assertEquals(2, shopCard.getJsonNumber("listingCount").longValue());
    assertTrue(shopCard.getString("slug").startsWith("loom-"));

    for (int i = 0; i < 2; i++) {
      JsonObject removed = send(shopper, "DELETE", "api/favorites/products/" + scarf).json();
      assertFalse(removed.getBoolean("favorited"));
      assertEquals(0, removed.getInt("favoriteCount"));
      assertEquals(
          0, send(shopper, "DELETE", "api/favorites/shops/" + shop).json().getInt("favoriteCount"));
    }
    JsonObject empty = send(shopper, "GET", "api/favorites").json();
    assertEquals(0, empty.getJsonArray("products").size());
    assertEquals(0, empty.getJsonArray("shops").size());
    assertEquals(0, scalarLong("SELECT favorite_count FROM products WHERE id = ?", scarf));
  }

  @Test
  void badRequestsGetProblemDocuments() throws Exception {
    Account shopper = account("SHOPPER");
    long mug = ids.get("mug1");
    assertProblem(
        app.request("POST", "api/favorites/products/" + mug).send(),
        401,
        "/problems/unauthenticated");
    assertProblem(app.get("api/favorites"), 401, "/problems/unauthenticated");
    assertProblem(
        send(shopper, "POST", "api/favorites/products/999999999999"), 404, "/problems/not-found");
    assertProblem(
        send(shopper, "DELETE", "api/favorites/shops/999999999999"), 404, "/problems/not-found");
    assertProblem(send(shopper, "POST", "api/favorites/products/mug"), 404, "/problems/not-found");
    assertProblem(app.get("api/products/999999999999/similar"), 404, "/problems/not-found");
    assertProblem(app.get("api/products/abc/similar"), 404, "/problems/not-found");
    for (String limit : List.of("abc", "0", "25", "-1")) {
      Reply reply = app.get("api/products/" + mug + "/similar?limit=" + limit);
      assertProblem(reply, 400, "/problems/validation");
      assertEquals(
          "limit", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    assertEquals(
        0, scalarLong("SELECT count(*) FROM favorites WHERE user_id = ?", shopper.userId()));
  }

  @Test
  void similarItemsShareTheCategoryOrATag() throws Exception {
    long mug = ids.get("mug1");
    Reply reply = app.get("api/products/" + mug + "/similar?limit=6");

    assertEquals(200, reply.status(), reply.body());
    List<JsonObject> similar = reply.json().getJsonArray("products").getValuesAs(JsonObject.class);
    assertFalse(similar.isEmpty());
    assertTrue(similar.size() <= 6);
    Set<String> tags = tagsOf(mug);
    for (JsonObject card : similar) {
      long id = card.getJsonNumber("id").longValue();
      assertTrue(id != mug, "not the listing itself");
      assertTrue(card.getInt("quantity") > 0);
      Set<String> shared = new HashSet<>(tagsOf(id));
      shared.retainAll(tags);
      assertTrue(
          card.getString("category").equals("mugs") || !shared.isEmpty(),
          card.getString("title") + " shares neither category nor tag");
    }
    assertFalse(productIds(reply.json()).contains(ids.get("scarf1")));
  }

  @Test
  void trendingFollowsViewsAndFavorites() throws Exception {
    long vase = ids.get("vase");
    for (int i = 0; i < 3; i++) {
      Account shopper = account("SHOPPER");
      favorite(shopper, vase);
      for (int v = 0; v < 4; v++) {
        view(shopper, vase);
      }
    }
    Reply trending = app.postJson("api/test-probe/feed/trending", "");

    assertEquals(200, trending.status(), trending.body());
    List<Long> ranked =
        trending.jsonArray().getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::longValue)
            .toList();
    assertTrue(ranked.contains(vase), "the vase trends: " + ranked);
    String idArray =
        ranked.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    assertEquals(
        0,
        scalarLong(
            "SELECT count(*) FROM products WHERE id = ANY (CAST(? AS bigint[])) AND (quantity = 0 OR status <> 'ACTIVE')",
            idArray),
        "in stock only");
  }

  @Test
  void keepsTheLastFiftyViewsOfAShopper() throws Exception {
    Account shopper = account("SHOPPER");
    for (int i = 0; i < 55; i++) {
      view(shopper, ids.get("vase"));
    }
    flush();

    assertEquals(
        50, scalarLong("SELECT count(*) FROM product_views WHERE user_id = ?", shopper.userId()));
  }

  @Test
  void theFeedAnswersWithoutRedis() throws Exception {
    Account shopper = account("SHOPPER");
    for (String ref : List.of("mug3", "mug5", "bowl3")) {
      favorite(shopper, ids.get(ref));
    }
    flush();
    ManagedService redis = IntegrationServices.current().redis();
    redis.stop();
    try {
      Reply anonymous = app.get("api/feed");
      assertEquals(200, anonymous.status(), anonymous.body());
      assertFalse(allProductIds(anonymous.json()).isEmpty());
      JsonObject personal = feed(shopper);
      assertTrue(keys(personal).contains("based-on-favorites"), personal.toString());
    } finally {
      redis.start();
    }
  }

  @Test
  void clicksFromFeedSectionsAreCountedPerVariant() throws Exception {
    Account support = account("SUPPORT");
    Account shopper = account("SHOPPER");
    assertProblem(app.get("api/admin/feed-experiment"), 401, "/problems/unauthenticated");
    assertProblem(send(shopper, "GET", "api/admin/feed-experiment"), 403, "/problems/forbidden");
    assertProblem(
        send(support, "GET", "api/admin/feed-experiment?days=0"), 400, "/problems/validation");
    flush();
    JsonObject before = send(support, "GET", "api/admin/feed-experiment?days=1").json();

    String variant = feed(shopper).getString("variant");
    Reply favorited =
        app.request("POST", "api/favorites/products/" + ids.get("bowl3"))
            .bearer(shopper.token())
            .header("X-Feed-Section", "popular")
            .send();
    assertEquals(200, favorited.status(), favorited.body());
    Reply carted =
        app.request("POST", "api/cart/items")
            .bearer(shopper.token())
            .header("X-Feed-Section", "popular")
            .json("{\"productId\": " + ids.get("mug5") + ", \"quantity\": 1}")
            .send();
    assertEquals(200, carted.status(), carted.body());
    Reply unattributed =
        app.request("POST", "api/favorites/products/" + ids.get("mug3"))
            .bearer(shopper.token())
            .header("X-Feed-Section", "<script>")
            .send();
    assertEquals(200, unattributed.status(), "a bad section key is ignored, not refused");
    flush();

    JsonObject after = send(support, "GET", "api/admin/feed-experiment?days=1").json();
    JsonObject was = variant(before, variant);
    JsonObject now = variant(after, variant);
    assertEquals(1, now.getInt("impressions") - was.getInt("impressions"), after.toString());
    assertEquals(1, now.getInt("favorites") - was.getInt("favorites"), after.toString());
    assertEquals(1, now.getInt("addsToCart") - was.getInt("addsToCart"), after.toString());
    assertTrue(now.getJsonNumber("clickThroughRate").doubleValue() > 0);
  }

  // ---- helpers

  private JsonObject feed(Account shopper) {
    Reply reply = send(shopper, "GET", "api/feed");
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private void favorite(Account shopper, long productId) {
    Reply reply = send(shopper, "POST", "api/favorites/products/" + productId);
    assertEquals(200, reply.status(), reply.body());
  }

  private void view(Account shopper, long productId) {
    Reply reply = send(shopper, "GET", "api/products/" + productId);
    assertEquals(200, reply.status(), reply.body());
  }

  private void flush() {
    assertEquals(200, app.postJson("api/test-probe/feed/flush", "").status());
  }

  private Reply send(Account account, String method, String path) {
    return app.request(method, path).bearer(account.token()).send();
  }

  private static JsonObject variant(JsonObject report, String variant) {
    return report.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("variant").equals(variant))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> keys(JsonObject feed) {
    return feed.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("key"))
        .toList();
  }

  private static JsonObject section(JsonObject feed, String key) {
    return feed.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + key + " in " + feed));
  }

  /** The ids of a section's (or a similar-items answer's) products. */
  private static Set<Long> productIds(JsonObject withProducts) {
    if (withProducts.containsKey("sections")) {
      return new HashSet<>(allProductIds(withProducts));
    }
    return withProducts.getJsonArray("products").getValuesAs(JsonObject.class).stream()
        .map(card -> card.getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  private static List<Long> allProductIds(JsonObject feed) {
    List<Long> all = new ArrayList<>();
    for (JsonObject section : feed.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      for (JsonObject card : section.getJsonArray("products").getValuesAs(JsonObject.class)) {
        all.add(card.getJsonNumber("id").longValue());
      }
    }
    return all;
  }

  private static Set<String> categories(JsonObject section) {
    return section.getJsonArray("products").getValuesAs(JsonObject.class).stream()
        .map(card -> card.getString("category"))
        .collect(Collectors.toSet());
  }

  private static void assertProblem(Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals(type, reply.json().getString("type"), reply.body());
  }

  private static Account account(String role) throws SQLException {
    try (TestCatalogue catalogue = TestCatalogue.open()) {
      return catalogue.account(role);
    }
  }

  private static Set<String> tagsOf(long productId) throws SQLException {
    try (TestCatalogue catalogue = TestCatalogue.open();
        PreparedStatement query =
            catalogue
                .connection()
                .prepareStatement("SELECT tag FROM product_tags WHERE product_id = ?")) {
      query.setLong(1, productId);
      Set<String> tags = new HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          tags.add(rows.getString(1));
        }
      }
      return tags;
    }
  }

  private static long scalarLong(String sql, Object... values) throws SQLException {
    try (TestCatalogue catalogue = TestCatalogue.open()) {
      Connection connection = catalogue.connection();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < values.length; i++) {
          statement.setObject(i + 1, values[i]);
        }
        try (ResultSet rows = statement.executeQuery()) {
          assertTrue(rows.next(), sql);
          return rows.getLong(1);
        }
      }
    }
  }

  private static void add(TestCatalogue catalogue, long shop, String ref, Listing listing)
      throws SQLException {
    ids.put(ref, catalogue.listing(shop, listing));
  }
}
