package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.Mailbox;
import org.handmademarket.it.support.Pictures;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.BinaryReply;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shops, listings and their photos through the API, as a seller and as shoppers see them, with the
 * database rows, outbox entries and stored files checked behind the API. Every test opens shops of
 * its own, so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

  private static final String PASSWORD = "throw a pot every day";

  /** Mugs & Cups: a category without sub-categories. */
  private static final long MUGS = 501;

  /** Ceramics & Pottery: has sub-categories, so listings go into one of those. */
  private static final long CERAMICS = 5;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;

  @BeforeEach
  void client() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
  }

  // --- the whole journey ------------------------------------------------------------------------

  @Test
  void aNewSellerListsAnItemWithPhotosAndShoppersSeeIt() {
    Seller seller = newSeller("Fern & Kiln Pottery");
    assertTrue(seller.slug().startsWith("fern-kiln-pottery"), seller.slug());

    long id = createListing(seller, listing("Speckled stoneware mug", "24.50", 3));
    JsonObject jpeg = uploaded(seller, id, "image/jpeg", Pictures.jpeg(1200, 900));
    JsonObject png = uploaded(seller, id, "image/png", Pictures.png(600, 800));
    JsonObject webp = uploaded(seller, id, "image/webp", Pictures.webp());
    assertEquals("image/jpeg", jpeg.getString("contentType"));
    assertEquals("image/png", png.getString("contentType"));
    assertEquals("image/webp", webp.getString("contentType"));
    assertEquals(240, webp.getInt("width"));
    assertEquals(200, webp.getInt("height"));
    Reply published = seller.post("api/seller/products/" + id + "/publish");
    assertEquals(200, published.status(), published.body());
    assertEquals("ACTIVE", published.json().getString("status"));

    Reply page = app.get("api/products/" + id);
    assertEquals(200, page.status(), page.body());
    JsonObject product = page.json();
    assertAll(
        () -> assertEquals("Speckled stoneware mug", product.getString("title")),
        () ->
            assertEquals("24.50", product.getJsonNumber("price").bigDecimalValue().toPlainString()),
        () -> assertEquals(3, product.getInt("quantity")),
        () -> assertEquals("ACTIVE", product.getString("status")),
        () -> assertEquals("mugs", product.getJsonObject("category").getString("slug")),
        () -> assertEquals(List.of("coffee", "gift", "stoneware"), strings(product, "tags")),
        () -> assertEquals(List.of("clay", "glaze"), strings(product, "materials")),
        () -> assertEquals(seller.slug(), product.getJsonObject("shop").getString("slug")),
        () -> assertEquals("Somerset, UK", product.getJsonObject("shop").getString("location")));
    List<JsonObject> images = product.getJsonArray("images").getValuesAs(JsonObject.class);
    assertEquals(3, images.size());
    assertEquals(List.of(0, 1, 2), images.stream().map(image -> image.getInt("position")).toList());
    assertEquals(
        List.of(jpeg.getJsonNumber("id"), png.getJsonNumber("id"), webp.getJsonNumber("id")),
        images.stream().map(image -> image.getJsonNumber("id")).toList());

    assertServed(images.get(0).getString("url"), "image/jpeg", 1200, 900);
    assertServed(images.get(1).getString("url"), "image/png", 600, 800);
    assertServed(images.get(0).getString("thumbnailUrl"), "image/jpeg", 480, 360);
    assertServed(images.get(1).getString("thumbnailUrl"), "image/jpeg", 360, 480);
    assertServed(images.get(2).getString("thumbnailUrl"), "image/jpeg", 240, 200);
    BinaryReply original = app.request("GET", images.get(2).getString("url")).sendForBytes();
    assertEquals("image/webp", original.header("Content-Type").orElseThrow());
    assertTrue(
        Arrays.equals(Pictures.webp(), original.body()), "the original is kept byte for byte");

    Reply shopListings = app.get("api/shops/" + seller.slug() + "/products");
    assertEquals(200, shopListings.status(), shopListings.body());
    JsonObject card = shopListings.json().getJsonArray("items").getJsonObject(0);
    assertEquals(id, card.getJsonNumber("id").longValue());
    assertEquals(images.get(0).getString("thumbnailUrl"), card.getString("thumbnailUrl"));
    Reply shop = app.get("api/shops/" + seller.slug());
    assertEquals(200, shop.status(), shop.body());
    assertEquals(1, shop.json().getInt("listingCount"));
    assertEquals("Fern & Kiln Pottery", shop.json().getString("name"));
  }

  @Test
  void photosAreServedWithoutWhereAndWithWhatTheyWereTaken() {
    Seller seller = newSeller("Geotag Glassworks");
    long id = createListing(seller, listing("Blown glass tumbler", "32.00", 2));
    byte[] photo = Pictures.phonePhoto();
    assertTrue(Pictures.tellsWhereOrWithWhat(photo), "the upload carries its position");

    String listingPhoto = uploaded(seller, id, "image/jpeg", photo).getString("url");
    Reply banner = seller.upload("api/seller/shop/banner", "image/jpeg", photo);
    assertEquals(200, banner.status(), banner.body());

    for (String url : List.of(listingPhoto, banner.json().getString("bannerUrl"))) {
      BinaryReply served = app.request("GET", url).sendForBytes();
      assertEquals(200, served.status(), url);
      assertFalse(Pictures.tellsWhereOrWithWhat(served.body()), url + " still tells");
      assertEquals(640, Pictures.decode(served.body()).getWidth(), url);
    }
  }

  @Test
  void imagesAreCachedForAYearAndRevalidatedWithTheirETag() {
    Seller seller = newSeller("Etag Ceramics");
    long id = createListing(seller, listing("Bud vase", "18.00", 1));
    String url = uploaded(seller, id, "image/jpeg", Pictures.jpeg(400, 400)).getString("url");

    BinaryReply first = app.request("GET", url).sendForBytes();
    assertEquals(200, first.status());
    assertEquals(
        "public, max-age=31536000, immutable", first.header("Cache-Control").orElseThrow());
    String etag = first.header("ETag").orElseThrow();

    BinaryReply again = app.request("GET", url).header("If-None-Match", etag).sendForBytes();
    assertEquals(304, again.status());
    assertEquals(0, again.body().length);
    assertEquals(etag, again.header("ETag").orElseThrow());

    BinaryReply changed =
        app.request("GET", url).header("If-None-Match", "\"other\"").sendForBytes();
    assertEquals(200, changed.status());
  }

  @Test
  void unknownOrEscapingImageKeysAre404Problems() {
    assertProblem(app.get("api/images/products/0/nothing-here.jpg"), 404, "/problems/not-found");
    assertProblem(
        app.get("api/images/products/%2e%2e/%2e%2e/etc/passwd"), 404, "/problems/not-found");
    assertProblem(app.get("api/images/products/1/file.pdf"), 404, "/problems/not-found");
  }

  @Test
  void demoPicturesWrittenStraightIntoTheStorageDirectoryAreServed() throws IOException {
    Path folder = storage().resolve("demo").resolve("it-" + UUID.randomUUID());
    Files.createDirectories(folder);
    Files.write(folder.resolve("01.jpg"), Pictures.jpeg(300, 300));
    Files.write(folder.resolve("01-thumb.jpg"), Pictures.jpeg(240, 240));

    String key = storage().relativize(folder.resolve("01-thumb.jpg")).toString().replace('\\', '/');
    BinaryReply thumb = app.request("GET", "api/images/" + key).sendForBytes();

    assertEquals(200, thumb.status());
    assertEquals("image/jpeg", thumb.header("Content-Type").orElseThrow());
    assertEquals(240, Pictures.decode(thumb.body()).getWidth());
  }

  // --- what the public sees ---------------------------------------------------------------------

  @Test
  void onlyPublishedListingsOfActiveShopsAreVisibleToShoppers() throws SQLException {
    Seller seller = newSeller("Visibility Vintage");
    long id = createListing(seller, listing("Walnut side table", "240.00", 1));
    assertProblem(app.get("api/products/" + id), 404, "/problems/not-found");

    uploaded(seller, id, "image/png", Pictures.png(500, 500));
    assertEquals(200, seller.post("api/seller/products/" + id + "/publish").status());
    assertEquals(200, app.get("api/products/" + id).status());

    assertEquals(200, seller.post("api/seller/products/" + id + "/deactivate").status());
    assertProblem(app.get("api/products/" + id), 404, "/problems/not-found");
    assertEquals(0, app.get("api/shops/" + seller.slug() + "/products").json().getInt("total"));

    assertEquals(200, seller.post("api/seller/products/" + id + "/publish").status());
    sql("UPDATE shops SET status = 'SUSPENDED' WHERE slug = ?", seller.slug());
    assertProblem(app.get("api/products/" + id), 404, "/problems/not-found");
    assertProblem(app.get("api/shops/" + seller.slug()), 404, "/problems/not-found");
    assertProblem(app.get("api/shops/" + seller.slug() + "/products"), 404, "/problems/not-found");
  }

  @Test
  void unknownAndMalformedIdsAndSlugsAre404Problems() {
    assertProblem(app.get("api/products/999999999"), 404, "/problems/not-found");
    assertProblem(app.get("api/products/not-a-number"), 404, "/problems/not-found");
    assertProblem(app.get("api/products/99999999999999999999999"), 404, "/problems/not-found");
    assertProblem(
        app.get("api/shops/no-such-shop-" + UUID.randomUUID()), 404, "/problems/not-found");
  }

  @Test
  void aShopsListingsArePagedAndSorted() {
    Seller seller = newSeller("Paging Prints");
    List<Long> ids = new ArrayList<>();
    for (String price : List.of("30.00", "12.00", "55.50", "8.25", "19.99")) {
      long id = createListing(seller, listing("Print at " + price, price, 2));
      uploaded(seller, id, "image/jpeg", Pictures.jpeg(300, 300));
      assertEquals(200, seller.post("api/seller/products/" + id + "/publish").status());
      ids.add(id);
    }
    createListing(seller, listing("A draft that stays hidden", "1.00", 1));

    JsonObject newest = app.get("api/shops/" + seller.slug() + "/products?pageSize=2").json();
    assertEquals(5, newest.getInt("total"));
    assertEquals(1, newest.getInt("page"));
    assertEquals(2, newest.getInt("pageSize"));
    assertEquals(3, newest.getInt("totalPages"));
    assertEquals(List.of(ids.get(4), ids.get(3)), itemIds(newest));

    JsonObject last = app.get("api/shops/" + seller.slug() + "/products?pageSize=2&page=3").json();
    assertEquals(List.of(ids.get(0)), itemIds(last));

    assertEquals(
        List.of("8.25", "12.00", "19.99", "30.00", "55.50"),
        prices(app.get("api/shops/" + seller.slug() + "/products?sort=price_asc").json()));
    assertEquals(
        List.of("55.50", "30.00", "19.99", "12.00", "8.25"),
        prices(app.get("api/shops/" + seller.slug() + "/products?sort=price_desc").json()));

    assertValidationError(
        app.get("api/shops/" + seller.slug() + "/products?sort=cheapest"), "sort");
    assertValidationError(app.get("api/shops/" + seller.slug() + "/products?page=0"), "page");
    assertValidationError(
        app.get("api/shops/" + seller.slug() + "/products?pageSize=101"), "pageSize");
  }

  // --- the seller's side ------------------------------------------------------------------------

  @Test
  void aSellerEditsTheirListings() {
    Seller seller = newSeller("Crud Leather Works");
    long id = createListing(seller, listing("Card wallet", "45.00", 4));

    Reply edited =
        seller.put(
            "api/seller/products/" + id,
            listing("Bifold card wallet", "49.00", 6)
                .add("description", "Vegetable-tanned, hand-stitched.")
                .add(
                    "tags",
                    Json.createArrayBuilder().add(" Wallet ").add("wallet").add("Leather Gift"))
                .add("vintage", false)
                .add("handmade", true)
                .build()
                .toString());
    assertEquals(200, edited.status(), edited.body());
    assertEquals("Bifold card wallet", edited.json().getString("title"));
    assertEquals(6, edited.json().getInt("quantity"));
    assertEquals(
        List.of("leather gift", "wallet"),
        strings(edited.json(), "tags"),
        "trimmed, lower-case, once");

    Reply repriced = seller.put("api/seller/products/" + id + "/price", "{\"price\": 52.5}");
    assertEquals(200, repriced.status(), repriced.body());
    assertEquals("52.50", repriced.json().getJsonNumber("price").bigDecimalValue().toPlainString());

    Reply restocked = seller.put("api/seller/products/" + id + "/quantity", "{\"quantity\": 9}");
    assertEquals(9, restocked.json().getInt("quantity"));

    Reply got = seller.get("api/seller/products/" + id);
    assertEquals(200, got.status());
    assertEquals("DRAFT", got.json().getString("status"));

    long other = createListing(seller, listing("Belt", "60.00", 1));
    uploaded(seller, other, "image/jpeg", Pictures.jpeg(300, 300));
    seller.post("api/seller/products/" + other + "/publish");
    JsonObject drafts = seller.get("api/seller/products?status=DRAFT").json();
    assertEquals(List.of(id), itemIds(drafts));
    JsonObject all = seller.get("api/seller/products").json();
    assertEquals(List.of(other, id), itemIds(all));
    assertValidationError(seller.get("api/seller/products?status=SOMETHING"), "status");
  }

  @Test
  void aSellerOrdersAndRemovesPhotos() throws SQLException {
    Seller seller = newSeller("Gallery Glassworks");
    long id = createListing(seller, listing("Blown glass bowl", "85.00", 1));
    long first =
        uploaded(seller, id, "image/jpeg", Pictures.jpeg(300, 300)).getJsonNumber("id").longValue();
    long second =
        uploaded(seller, id, "image/png", Pictures.png(300, 300)).getJsonNumber("id").longValue();
    long third =
        uploaded(seller, id, "image/webp", Pictures.webp()).getJsonNumber("id").longValue();

    Reply reordered =
        seller.put(
            "api/seller/products/" + id + "/images/order",
            "{\"imageIds\": [" + third + "," + first + "," + second + "]}");
    assertEquals(200, reordered.status(), reordered.body());
    assertEquals(
        List.of(third, first, second), ids(reordered.jsonArray().getValuesAs(JsonObject.class)));
    assertProblem(
        seller.put(
            "api/seller/products/" + id + "/images/order",
            "{\"imageIds\": [" + third + "," + first + "]}"),
        409,
        "/problems/conflict");

    List<String> keys = storageKeys(id);
    assertEquals(6, keys.size(), "three originals and three grid copies");
    String firstKey = scalar("SELECT storage_key FROM product_images WHERE id = ?", first);

    Reply removed = seller.delete("api/seller/products/" + id + "/images/" + first);
    assertEquals(200, removed.status(), removed.body());
    List<JsonObject> left = removed.jsonArray().getValuesAs(JsonObject.class);
    assertEquals(List.of(third, second), ids(left));
    assertEquals(List.of(0, 1), left.stream().map(image -> image.getInt("position")).toList());
    assertFalse(Files.exists(storage().resolve(firstKey)), "the removed photo's file is gone");
    assertEquals(4, storedFiles(id).size());
    assertProblem(
        seller.delete("api/seller/products/" + id + "/images/" + first),
        404,
        "/problems/not-found");
  }

  @Test
  void aListingHoldsAtMostTenPhotos() {
    Seller seller = newSeller("Ten Photos Textiles");
    long id = createListing(seller, listing("Linen throw", "120.00", 2));
    byte[] photo = Pictures.jpeg(200, 200);
    for (int i = 0; i < 10; i++) {
      uploaded(seller, id, "image/jpeg", photo);
    }

    assertProblem(
        seller.upload("api/seller/products/" + id + "/images", "image/jpeg", photo),
        409,
        "/problems/conflict");
    assertEquals(20, storedFiles(id).size());
  }

  @Test
  void publishingNeedsStockAndAPhoto() {
    Seller seller = newSeller("Rules Rugs");
    long noPhoto = createListing(seller, listing("Rag rug", "75.00", 1));
    assertProblem(
        seller.post("api/seller/products/" + noPhoto + "/publish"), 409, "/problems/conflict");

    long noStock = createListing(seller, listing("Braided rug", "95.00", 0));
    uploaded(seller, noStock, "image/jpeg", Pictures.jpeg(300, 300));
    assertProblem(
        seller.post("api/seller/products/" + noStock + "/publish"), 409, "/problems/conflict");

    assertProblem(
        seller.post("api/seller/products/" + noStock + "/deactivate"), 409, "/problems/conflict");
  }

  @Test
  void sellersHaveTheirOwnShopAndBranding() throws SQLException {
    Seller seller = newSeller("Brand Candles");

    Reply mine = seller.get("api/seller/shop");
    assertEquals(200, mine.status(), mine.body());
    assertEquals(seller.slug(), mine.json().getString("slug"));
    assertEquals("ACTIVE", mine.json().getString("status"));

    Reply edited =
        seller.put(
            "api/seller/shop",
            "{\"name\":\"Brand Candles & Soap\",\"tagline\":\"Small-batch soy candles\","
                + "\"location\":\"Porto, Portugal\",\"shippingPolicy\":\"Ships in 3 days.\","
                + "\"slug\":\"ignored-after-opening\"}");
    assertEquals(200, edited.status(), edited.body());
    assertEquals("Brand Candles & Soap", edited.json().getString("name"));
    assertEquals(seller.slug(), edited.json().getString("slug"), "the slug stays");

    Reply logo = seller.upload("api/seller/shop/logo", "image/png", Pictures.png(400, 400));
    assertEquals(200, logo.status(), logo.body());
    String logoUrl = logo.json().getString("logoUrl");
    assertServed(logoUrl, "image/png", 400, 400);
    Reply banner = seller.upload("api/seller/shop/banner", "image/jpeg", Pictures.jpeg(1600, 400));
    assertEquals(200, banner.status(), banner.body());

    JsonObject page = app.get("api/shops/" + seller.slug()).json();
    assertEquals("Small-batch soy candles", page.getString("tagline"));
    assertEquals(logoUrl, page.getString("logoUrl"));
    assertEquals(banner.json().getString("bannerUrl"), page.getString("bannerUrl"));
    assertEquals("Ships in 3 days.", page.getString("shippingPolicy"));
    assertEquals(0, page.getInt("salesCount"));

    String previousKey = scalar("SELECT logo_image FROM shops WHERE slug = ?", seller.slug());
    seller.upload("api/seller/shop/logo", "image/jpeg", Pictures.jpeg(300, 300));
    assertFalse(Files.exists(storage().resolve(previousKey)), "a replaced logo's files go");
  }

  @Test
  void anAccountOpensOneShopUnderASlugNobodyElseHas() {
    Seller first = newSeller("Slug Studio");
    Reply second = first.postJson("api/seller/shop", "{\"name\":\"Another shop\"}");
    assertProblem(second, 409, "/problems/conflict");

    String token = register();
    Reply taken =
        bearer(token)
            .postJson(
                "api/seller/shop", "{\"name\":\"Copycat\",\"slug\":\"" + first.slug() + "\"}");
    assertProblem(taken, 409, "/problems/conflict");

    Reply sameName = bearer(token).postJson("api/seller/shop", "{\"name\":\"Slug Studio\"}");
    assertEquals(201, sameName.status(), sameName.body());
    assertTrue(
        sameName.json().getString("slug").startsWith("slug-studio-"), "a number is appended");
  }

  @Test
  void sellersGetTheSellerRoleWhenTheyOpenAShop() {
    String token = register();
    assertFalse(roles(token).contains("SELLER"));

    Reply opened =
        bearer(token)
            .postJson("api/seller/shop", "{\"name\":\"Role Goods " + UUID.randomUUID() + "\"}");
    assertEquals(201, opened.status(), opened.body());

    assertTrue(roles(token).contains("SELLER"), "roles: " + roles(token));
  }

  @Test
  void anonymousCallersAre401AndShoppersWithoutAShop403() {
    assertProblem(app.get("api/seller/shop"), 401, "/problems/unauthenticated");
    assertProblem(app.get("api/seller/products"), 401, "/problems/unauthenticated");
    assertProblem(
        app.postJson("api/seller/products", listing("x", "1.00", 1).build().toString()),
        401,
        "/problems/unauthenticated");

    Session shopper = bearer(register());
    assertProblem(shopper.get("api/seller/shop"), 403, "/problems/forbidden");
    assertProblem(shopper.get("api/seller/products"), 403, "/problems/forbidden");
    assertProblem(
        shopper.postJson("api/seller/products", listing("x", "1.00", 1).build().toString()),
        403,
        "/problems/forbidden");
  }

  @Test
  void aSellerCannotSeeOrTouchAnotherSellersListing() throws SQLException {
    Seller owner = newSeller("Owner Ceramics");
    long id = createListing(owner, listing("Teapot", "64.00", 2));
    long imageId =
        uploaded(owner, id, "image/jpeg", Pictures.jpeg(300, 300)).getJsonNumber("id").longValue();
    Seller other = newSeller("Other Ceramics");
    String base = "api/seller/products/" + id;

    List<Reply> attempts =
        List.of(
            other.get(base),
            other.put(base, listing("Stolen", "1.00", 1).build().toString()),
            other.put(base + "/price", "{\"price\": 1.00}"),
            other.put(base + "/quantity", "{\"quantity\": 0}"),
            other.post(base + "/publish"),
            other.post(base + "/deactivate"),
            other.get(base + "/images"),
            other.upload(base + "/images", "image/jpeg", Pictures.jpeg(300, 300)),
            other.delete(base + "/images/" + imageId),
            other.put(base + "/images/order", "{\"imageIds\": [" + imageId + "]}"));
    for (Reply attempt : attempts) {
      assertProblem(attempt, 404, "/problems/not-found");
    }

    JsonObject untouched = owner.get(base).json();
    assertEquals("Teapot", untouched.getString("title"));
    assertEquals("64.00", untouched.getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals(2, untouched.getInt("quantity"));
    assertEquals("DRAFT", untouched.getString("status"));
    assertEquals(1, untouched.getJsonArray("images").size());
    assertEquals(2, storedFiles(id).size());
    assertFalse(itemIds(other.get("api/seller/products").json()).contains(id));
  }

  // --- bad input --------------------------------------------------------------------------------

  @Test
  void badUploadsAreProblemsAndStoreNothing() throws SQLException {
    Seller seller = newSeller("Bad Uploads Bindery");
    long id = createListing(seller, listing("Notebook", "22.00", 5));
    String images = "api/seller/products/" + id + "/images";
    byte[] pdf =
        "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes();
    byte[] jpeg = Pictures.jpeg(900, 700);

    assertProblem(
        seller.upload(images, "image/jpeg", pdf), 415, "/problems/unsupported-media-type");
    assertProblem(
        seller.upload(images, "image/jpeg", new byte[10 * 1024 * 1024 + 1]),
        413,
        "/problems/payload-too-large");
    assertProblem(seller.upload(images, "image/jpeg", new byte[0]), 400, "/problems/invalid-image");
    assertProblem(
        seller.upload(images, "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)),
        400,
        "/problems/invalid-image");
    assertProblem(
        seller.upload(images, "image/png", Pictures.png(150, 600)), 400, "/problems/invalid-image");
    assertProblem(
        seller.upload(images, "image/png", Pictures.png(8001, 200)),
        400,
        "/problems/invalid-image");
    assertProblem(
        seller.upload(images, "text/plain", "just some text".getBytes()),
        415,
        "/problems/unsupported-media-type");
    Reply bomb = seller.upload(images, "image/webp", Pictures.webpBomb());
    assertProblem(bomb, 400, "/problems/invalid-image");
    assertEquals(8000, bomb.json().getInt("width"), bomb.body());
    assertTrue(bomb.json().containsKey("maxPixels"), bomb.body());

    assertEquals(0L, count("SELECT count(*) FROM product_images WHERE product_id = ?", id));
    assertEquals(List.of(), storedFiles(id), "no file was stored");
    assertEquals(
        0L,
        count(
            "SELECT count(*) FROM outbox WHERE aggregate_id = ? AND payload->>'change' = 'image-added'",
            id));
  }

  @Test
  void everyListingRuleAnswers400NamingTheField() {
    Seller seller = newSeller("Validation Woodwork");
    long id = createListing(seller, listing("Spoon", "15.00", 1));

    assertListingRefused(seller, id, body -> body.add("title", ""), "title");
    assertListingRefused(seller, id, body -> body.add("title", "x".repeat(141)), "title");
    assertListingRefused(
        seller, id, body -> body.add("description", "x".repeat(10_001)), "description");
    assertListingRefused(seller, id, body -> body.add("price", 0), "price");
    assertListingRefused(
        seller, id, body -> body.add("price", new java.math.BigDecimal("100000.01")), "price");
    assertListingRefused(
        seller, id, body -> body.add("price", new java.math.BigDecimal("1.234")), "price");
    assertListingRefused(seller, id, body -> body.addNull("price"), "price");
    assertListingRefused(seller, id, body -> body.add("quantity", -1), "quantity");
    assertListingRefused(seller, id, body -> body.add("quantity", 10_000), "quantity");
    assertListingRefused(seller, id, body -> body.add("tags", words(14, 5)), "tags");
    assertListingRefused(
        seller,
        id,
        body -> body.add("tags", Json.createArrayBuilder().add("fine").add("x".repeat(41))),
        "tags[1]");
    assertListingRefused(
        seller,
        id,
        body -> body.add("tags", Json.createArrayBuilder().add("ok").add("  ")),
        "tags[1]");
    assertListingRefused(seller, id, body -> body.add("materials", words(6, 5)), "materials");
    assertListingRefused(seller, id, body -> body.add("materials", words(1, 41)), "materials[0]");
    assertListingRefused(seller, id, body -> body.addNull("categoryId"), "categoryId");
    assertListingRefused(seller, id, body -> body.add("categoryId", 987_654), "categoryId");
    assertListingRefused(seller, id, body -> body.add("categoryId", CERAMICS), "categoryId");

    assertValidationError(
        seller.put("api/seller/products/" + id + "/price", "{\"price\": 0.001}"), "price");
    assertValidationError(seller.put("api/seller/products/" + id + "/price", "{}"), "price");
    assertValidationError(
        seller.put("api/seller/products/" + id + "/quantity", "{\"quantity\": -3}"), "quantity");
    assertValidationError(
        seller.put("api/seller/products/" + id + "/quantity", "{\"quantity\": 10000}"), "quantity");
    assertValidationError(
        seller.put("api/seller/products/" + id + "/images/order", "{}"), "imageIds");
    assertValidationError(
        seller.put("api/seller/products/" + id + "/quantity", "{\"quantity\": \"many\"}"),
        "quantity");

    JsonObject unchanged = seller.get("api/seller/products/" + id).json();
    assertEquals("Spoon", unchanged.getString("title"));
    assertEquals(1, unchanged.getInt("quantity"));
  }

  @Test
  void everyShopRuleAnswers400NamingTheField() {
    Session shopper = bearer(register());

    assertValidationError(shopper.postJson("api/seller/shop", "{\"name\":\"\"}"), "name");
    assertValidationError(
        shopper.postJson("api/seller/shop", "{\"name\":\"" + "n".repeat(81) + "\"}"), "name");
    assertValidationError(
        shopper.postJson("api/seller/shop", "{\"name\":\"Ok\",\"slug\":\"Not A Slug\"}"), "slug");
    assertValidationError(
        shopper.postJson(
            "api/seller/shop", "{\"name\":\"Ok\",\"tagline\":\"" + "t".repeat(161) + "\"}"),
        "tagline");
    assertValidationError(
        shopper.postJson(
            "api/seller/shop", "{\"name\":\"Ok\",\"location\":\"" + "l".repeat(121) + "\"}"),
        "location");
    assertValidationError(shopper.postJson("api/seller/shop", "{\"name\":\"★★★\"}"), "slug");
    assertProblem(shopper.get("api/seller/shop"), 403, "/problems/forbidden");
  }

  // --- shipping profiles -----------------------------------------------------------------------

  @Test
  void aSellerSetsTheShippingProfileAndShoppersSeeItOnTheShopsPage() throws SQLException {
    Seller seller = newSeller("Harbour Ships Ceramics");

    Reply standard = seller.get(SHIPPING);
    assertEquals(200, standard.status(), standard.body());
    assertEquals(
        shipping("US", rate("5.00", "1.00"), rate("15.00", "5.00"), null, 1, 3),
        standard.json(),
        "the standard");
    assertEquals(
        0, count("SELECT count(*) FROM shipping_profiles WHERE shop_id = ?", seller.shopId()));

    JsonObject worldwide = shipping("GB", rate("3.5", "1.25"), rate("12.00", "4"), "40", 2, 4);
    Reply saved = seller.put(SHIPPING, worldwide.toString());
    assertEquals(200, saved.status(), saved.body());
    JsonObject stored = shipping("GB", rate("3.50", "1.25"), rate("12.00", "4.00"), "40.00", 2, 4);
    assertEquals(stored, saved.json());
    assertTrue(saved.body().contains("\"firstItem\":3.50"), "two decimals: " + saved.body());
    assertEquals(stored, seller.get(SHIPPING).json());
    assertEquals(
        "GB|3.50|1.25|12.00|4.00|40.00|2|4",
        scalar(
            "SELECT concat_ws('|', origin_country, domestic_first, domestic_additional,"
                + " international_first, international_additional, free_domestic_threshold,"
                + " processing_days_min, processing_days_max) FROM shipping_profiles WHERE shop_id = ?",
            seller.shopId()));
    Reply page = app.get("api/shops/" + seller.slug());
    assertEquals(200, page.status(), page.body());
    assertEquals(stored, page.json().getJsonObject("shipping"));

    JsonObject domesticOnly = shipping("gb", rate("4.10", "0"), null, null, 1, 1);
    Reply narrowed = seller.put(SHIPPING, domesticOnly.toString());
    assertEquals(200, narrowed.status(), narrowed.body());
    JsonObject shown = app.get("api/shops/" + seller.slug()).json().getJsonObject("shipping");
    assertEquals(shipping("GB", rate("4.10", "0.00"), null, null, 1, 1), shown);
    assertTrue(shown.isNull("international"), "domestic only is written as null: " + shown);
    assertTrue(shown.isNull("freeDomesticThreshold"), shown.toString());
    assertEquals(
        1, count("SELECT count(*) FROM shipping_profiles WHERE shop_id = ?", seller.shopId()));
  }

  @Test
  void everyShippingRuleAnswers400NamingTheFieldAndChangesNothing() throws SQLException {
    Seller seller = newSeller("Refused Rates Pottery");
    JsonObject good = shipping("CA", rate("9.00", "2.00"), rate("25.00", "6.00"), "75.00", 1, 3);
    assertEquals(200, seller.put(SHIPPING, good.toString()).status());
    String before =
        scalar(
            "SELECT row_to_json(p)::text FROM shipping_profiles p WHERE shop_id = ?",
            seller.shopId());

    assertShippingRefused(
        seller, with(good, "domestic", rate("-1.00", "2.00")), "domestic.firstItem");
    assertShippingRefused(
        seller, with(good, "domestic", rate("9.00", "10000.01")), "domestic.additionalItem");
    assertShippingRefused(
        seller, with(good, "international", rate("99999999", "6.00")), "international.firstItem");
    assertShippingRefused(
        seller,
        with(good, "international", rate("25.00", "6.005")),
        "international.additionalItem");
    assertShippingRefused(
        seller, with(good, "domestic", rate("9.999", "2.00")), "domestic.firstItem");
    assertShippingRefused(
        seller,
        with(good, "international", Json.createObjectBuilder().add("firstItem", 1).build()),
        "international.additionalItem");
    assertShippingRefused(seller, with(good, "domestic", JsonValue.NULL), "domestic");
    assertShippingRefused(
        seller, with(good, "originCountry", Json.createValue("XX")), "originCountry");
    assertShippingRefused(
        seller, with(good, "originCountry", Json.createValue("USA")), "originCountry");
    assertShippingRefused(seller, with(good, "originCountry", JsonValue.NULL), "originCountry");
    assertShippingRefused(
        seller,
        with(good, "freeDomesticThreshold", Json.createValue(0.5)),
        "freeDomesticThreshold");
    assertShippingRefused(
        seller,
        with(good, "freeDomesticThreshold", Json.createValue(new java.math.BigDecimal("50.001"))),
        "freeDomesticThreshold");
    assertShippingRefused(
        seller, with(good, "processingDaysMin", Json.createValue(0)), "processingDaysMin");
    assertShippingRefused(
        seller, with(good, "processingDaysMax", Json.createValue(61)), "processingDaysMax");
    assertShippingRefused(
        seller,
        Json.createObjectBuilder(good)
            .add("processingDaysMin", 9)
            .add("processingDaysMax", 2)
            .build()
            .toString(),
        "processingDaysMax");
    assertProblem(seller.put(SHIPPING, "null"), 400, "/problems/malformed-request");
    Reply empty = seller.put(SHIPPING, "");
    assertEquals(400, empty.status(), empty.body());
    assertTrue(empty.isProblem(), empty.body());
    assertValidationError(seller.put(SHIPPING, "{\"domestic\": \"cheap\"}"), "domestic");
    assertProblem(seller.put(SHIPPING, "[1, 2]"), 400, "/problems/malformed-request");

    assertEquals(
        before,
        scalar(
            "SELECT row_to_json(p)::text FROM shipping_profiles p WHERE shop_id = ?",
            seller.shopId()),
        "refused input changes nothing");
    assertEquals(
        shipping("CA", rate("9.00", "2.00"), rate("25.00", "6.00"), "75.00", 1, 3),
        seller.get(SHIPPING).json());
  }

  @Test
  void shippingProfilesAre401AnonymousAnd403WithoutAShop() {
    String body = shipping("US", rate("5.00", "1.00"), null, null, 1, 3).toString();
    assertProblem(app.get(SHIPPING), 401, "/problems/unauthenticated");
    assertProblem(app.request("PUT", SHIPPING).json(body).send(), 401, "/problems/unauthenticated");

    Session shopper = bearer(register());
    assertProblem(shopper.get(SHIPPING), 403, "/problems/forbidden");
    assertProblem(shopper.put(SHIPPING, body), 403, "/problems/forbidden");
  }

  // --- outbox and inventory ---------------------------------------------------------------------

  @Test
  void listingAndShopChangesAreAnnouncedInTheOutbox() throws SQLException {
    Seller seller = newSeller("Outbox Oddities");
    long shopId = seller.shopId();
    long id = createListing(seller, listing("Brass compass", "90.00", 1));
    uploaded(seller, id, "image/jpeg", Pictures.jpeg(300, 300));
    seller.put("api/seller/products/" + id + "/price", "{\"price\": 95.00}");
    seller.post("api/seller/products/" + id + "/publish");
    seller.put("api/seller/shop", "{\"name\":\"Outbox Oddities\",\"tagline\":\"Curiosities\"}");

    assertEquals(
        List.of("created", "image-added", "repriced", "published"),
        column(
            "SELECT payload->>'change' FROM outbox WHERE aggregate_type = 'PRODUCT' AND aggregate_id = ?"
                + " AND event_type = 'product.changed' ORDER BY id",
            id));
    assertEquals(
        List.of("opened", "described"),
        column(
            "SELECT payload->>'change' FROM outbox WHERE aggregate_type = 'SHOP' AND aggregate_id = ?"
                + " AND event_type = 'shop.changed' ORDER BY id",
            shopId));
  }

  @Test
  void stockChangesGoThroughInventoryAndMoveTheListingBetweenActiveAndSoldOut()
      throws SQLException {
    Seller seller = newSeller("Stock Stoneware");
    long id = createListing(seller, listing("Serving platter", "110.00", 2));
    uploaded(seller, id, "image/jpeg", Pictures.jpeg(300, 300));
    seller.post("api/seller/products/" + id + "/publish");

    Reply soldOut = seller.put("api/seller/products/" + id + "/quantity", "{\"quantity\": 0}");
    assertEquals(200, soldOut.status(), soldOut.body());
    assertEquals("SOLD_OUT", soldOut.json().getString("status"));
    assertEquals(0, soldOut.json().getInt("quantity"));
    JsonObject publicView = app.get("api/products/" + id).json();
    assertEquals("SOLD_OUT", publicView.getString("status"), "a sold-out listing stays visible");
    assertEquals(1, app.get("api/shops/" + seller.slug()).json().getInt("listingCount"));

    Reply back = seller.put("api/seller/products/" + id + "/quantity", "{\"quantity\": 3}");
    assertEquals("ACTIVE", back.json().getString("status"));
    assertEquals(3, back.json().getInt("quantity"));

    Reply viaEdit =
        seller.put(
            "api/seller/products/" + id,
            listing("Serving platter", "110.00", 0).build().toString());
    assertEquals("SOLD_OUT", viaEdit.json().getString("status"));

    assertEquals(
        List.of("0 SOLD_OUT", "3 ACTIVE", "0 SOLD_OUT"),
        column(
            "SELECT (payload->>'quantity') || ' ' || (payload->>'status') FROM outbox"
                + " WHERE aggregate_id = ? AND event_type = 'product.stock-changed' ORDER BY id",
            id));
    assertEquals(
        "0 SOLD_OUT", scalar("SELECT quantity || ' ' || status FROM products WHERE id = ?", id));
  }

  @Test
  void concurrentStockEditsAreSerialisedByTheRowLock() throws Exception {
    Seller seller = newSeller("Concurrent Candles");
    long id = createListing(seller, listing("Beeswax taper", "9.00", 1));
    int editors = 8;
    ExecutorService pool = Executors.newFixedThreadPool(editors);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < editors; i++) {
        int quantity = 10 + i;
        replies.add(
            pool.submit(
                () ->
                    seller.put(
                        "api/seller/products/" + id + "/quantity",
                        "{\"quantity\": " + quantity + "}")));
      }
      for (Future<Reply> reply : replies) {
        assertEquals(200, reply.get().status(), reply.get().body());
      }
    } finally {
      pool.shutdownNow();
    }

    long finalQuantity = count("SELECT quantity FROM products WHERE id = ?", id);
    List<String> announced =
        column(
            "SELECT payload->>'previousQuantity' || '>' || (payload->>'quantity') FROM outbox"
                + " WHERE aggregate_id = ? AND event_type = 'product.stock-changed' ORDER BY id",
            id);
    assertEquals(editors, announced.size(), "every edit saw the one before it: " + announced);
    String expectedStart = "1>";
    for (String change : announced) {
      assertTrue(change.startsWith(expectedStart), "a chain of changes, none lost: " + announced);
      expectedStart = change.substring(change.indexOf('>') + 1) + ">";
    }
    assertEquals(expectedStart, finalQuantity + ">");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static final String SHIPPING = "api/seller/shop/shipping";

  private static JsonObject shipping(
      String country,
      JsonObject domestic,
      JsonObject international,
      String threshold,
      int processingMin,
      int processingMax) {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("originCountry", country).add("domestic", domestic);
    if (international == null) {
      body.addNull("international");
    } else {
      body.add("international", international);
    }
    if (threshold == null) {
      body.addNull("freeDomesticThreshold");
    } else {
      body.add("freeDomesticThreshold", new java.math.BigDecimal(threshold));
    }
    return body.add("processingDaysMin", processingMin)
        .add("processingDaysMax", processingMax)
        .build();
  }

  private static JsonObject rate(String first, String additional) {
    return Json.createObjectBuilder()
        .add("firstItem", new java.math.BigDecimal(first))
        .add("additionalItem", new java.math.BigDecimal(additional))
        .build();
  }

  private static String with(JsonObject profile, String member, JsonValue value) {
    return Json.createObjectBuilder(profile).add(member, value).build().toString();
  }

  private static void assertShippingRefused(Seller seller, String body, String field) {
    assertValidationError(seller.put(SHIPPING, body), field);
  }

  private record Seller(Session session, String slug, long shopId) {
    Reply get(String path) {
      return session.get(path);
    }

    Reply post(String path) {
      return session.postJson(path, "");
    }

    Reply postJson(String path, String json) {
      return session.postJson(path, json);
    }

    Reply put(String path, String json) {
      return session.put(path, json);
    }

    Reply delete(String path) {
      return session.delete(path);
    }

    Reply upload(String path, String contentType, byte[] content) {
      return session.upload(path, contentType, content);
    }
  }

  /**
   * Calls made with a bearer token, as an API client (no CSRF header needed without the cookie).
   */
  private record Session(ApiClient app, String token) {
    Reply get(String path) {
      return app.request("GET", path).bearer(token).send();
    }

    Reply postJson(String path, String json) {
      return app.request("POST", path).bearer(token).json(json).send();
    }

    Reply put(String path, String json) {
      return app.request("PUT", path).bearer(token).json(json).send();
    }

    Reply delete(String path) {
      return app.request("DELETE", path).bearer(token).send();
    }

    Reply upload(String path, String contentType, byte[] content) {
      String method = path.endsWith("/logo") || path.endsWith("/banner") ? "PUT" : "POST";
      return app.request(method, path).bearer(token).body(contentType, content).send();
    }
  }

  private Session bearer(String token) {
    return new Session(app, token);
  }

  private String register() {
    String email = "seller-" + UUID.randomUUID() + "@example.org";
    Reply registered =
        app.postJson(
            "api/auth/register",
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", "Maker")
                .add("password", PASSWORD)
                .build()
                .toString());
    assertEquals(201, registered.status(), registered.body());
    Mailbox.ofTheTests().confirmAddress(app, email);
    return registered.json().getString("token");
  }

  private List<String> roles(String token) {
    return strings(bearer(token).get("api/me").json(), "roles");
  }

  private Seller newSeller(String name) {
    Session session = bearer(register());
    Reply opened =
        session.postJson(
            "api/seller/shop",
            Json.createObjectBuilder()
                .add("name", name)
                .add("tagline", "Made by hand")
                .add("location", "Somerset, UK")
                .add("shippingPolicy", "Ships within 5 days.")
                .build()
                .toString());
    assertEquals(201, opened.status(), opened.body());
    return new Seller(
        session, opened.json().getString("slug"), opened.json().getJsonNumber("id").longValue());
  }

  private static JsonObjectBuilder listing(String title, String price, int quantity) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("description", "Thrown on the wheel and glazed by hand.")
        .add("categoryId", MUGS)
        .add("price", new java.math.BigDecimal(price))
        .add("quantity", quantity)
        .add("tags", Json.createArrayBuilder().add("stoneware").add("coffee").add("gift"))
        .add("materials", Json.createArrayBuilder().add("clay").add("glaze"));
  }

  private static long createListing(Seller seller, JsonObjectBuilder body) {
    Reply created = seller.postJson("api/seller/products", body.build().toString());
    assertEquals(201, created.status(), created.body());
    assertEquals("DRAFT", created.json().getString("status"));
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObject uploaded(
      Seller seller, long productId, String contentType, byte[] content) {
    Reply reply =
        seller.upload("api/seller/products/" + productId + "/images", contentType, content);
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  private void assertServed(String url, String contentType, int width, int height) {
    assertNotNull(url);
    assertTrue(url.contains("/api/images/"), url);
    BinaryReply image = app.request("GET", url).sendForBytes();
    assertEquals(200, image.status(), url);
    assertEquals(contentType, image.header("Content-Type").orElseThrow());
    assertEquals(
        "public, max-age=31536000, immutable", image.header("Cache-Control").orElseThrow());
    assertTrue(image.header("ETag").isPresent());
    BufferedImage decoded = Pictures.decode(image.body());
    if (decoded != null) {
      assertEquals(width, decoded.getWidth(), url);
      assertEquals(height, decoded.getHeight(), url);
    }
  }

  private void assertListingRefused(
      Seller seller, long id, Consumer<JsonObjectBuilder> change, String field) {
    JsonObjectBuilder body = listing("Spoon", "15.00", 1);
    change.accept(body);
    String json = body.build().toString();
    assertValidationError(seller.postJson("api/seller/products", json), field);
    assertValidationError(seller.put("api/seller/products/" + id, json), field);
  }

  private static void assertValidationError(Reply reply, String field) {
    assertProblem(reply, 400, "/problems/validation");
    List<String> fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(error -> error.getString("field"))
            .toList();
    assertTrue(fields.contains(field), () -> "expected an error on " + field + ": " + reply.body());
  }

  private static void assertProblem(Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(
        reply.isProblem(),
        () -> "problem+json expected, got " + reply.contentType() + ": " + reply.body());
    assertEquals(type, reply.json().getString("type"), reply.body());
    assertFalse(reply.json().getString("detail").isBlank());
  }

  private static JsonArrayBuilder words(int count, int length) {
    JsonArrayBuilder words = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      words.add(String.valueOf((char) ('a' + i)).repeat(length));
    }
    return words;
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static List<Long> itemIds(JsonObject page) {
    return ids(page.getJsonArray("items").getValuesAs(JsonObject.class));
  }

  private static List<Long> ids(List<JsonObject> objects) {
    return objects.stream().map(object -> object.getJsonNumber("id").longValue()).toList();
  }

  private static List<String> prices(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getJsonNumber("price").bigDecimalValue().setScale(2).toPlainString())
        .toList();
  }

  private static Path storage() {
    return IntegrationServices.current().storageDirectory();
  }

  /** The files stored for a listing's photos, relative to the storage directory. */
  private static List<String> storedFiles(long productId) {
    Path folder = storage().resolve("products").resolve(String.valueOf(productId));
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> storageKeys(long productId) throws SQLException {
    List<String> keys = new ArrayList<>();
    keys.addAll(column("SELECT storage_key FROM product_images WHERE product_id = ?", productId));
    keys.addAll(column("SELECT thumbnail_key FROM product_images WHERE product_id = ?", productId));
    for (String key : keys) {
      assertTrue(Files.isRegularFile(storage().resolve(key)), "stored: " + key);
    }
    return keys;
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
  }

  private static void sql(String statement, Object... parameters) throws SQLException {
    try (Connection connection = database();
        PreparedStatement prepared = bind(connection.prepareStatement(statement), parameters)) {
      prepared.executeUpdate();
    }
  }

  private static List<String> column(String query, Object... parameters) throws SQLException {
    try (Connection connection = database();
        PreparedStatement prepared = bind(connection.prepareStatement(query), parameters);
        ResultSet rows = prepared.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static String scalar(String query, Object... parameters) throws SQLException {
    List<String> values = column(query, parameters);
    assertEquals(1, values.size(), query);
    return values.get(0);
  }

  private static long count(String query, Object... parameters) throws SQLException {
    return Long.parseLong(scalar(query, parameters));
  }

  private static PreparedStatement bind(PreparedStatement statement, Object... parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
