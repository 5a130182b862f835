package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.Pictures;
import org.handmademarket.it.support.TestAccounts;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.localstack.testing.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input from outside: every refusal is a 4xx problem document naming what was wrong, and the
 * refused request changes nothing (a listing's stock stays as it was).
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  private static final int STOCK = 7;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private TestCatalogue.Account seller;
  private long listing;

  @BeforeEach
  void sellerWithAListing() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
    seller = TestAccounts.seller("Strict Studio");
    listing = TestAccounts.listing(seller, "Stoneware mug", STOCK);
  }

  @Test
  void aNullBodyOnEverySellerWriteIs400ForTheSellerAnd401ForAnonymous() {
    List<String[]> writes =
        List.of(
            new String[] {"POST", "api/seller/shop"},
            new String[] {"PUT", "api/seller/shop"},
            new String[] {"POST", "api/seller/products"},
            new String[] {"PUT", "api/seller/products/" + listing},
            new String[] {"PUT", "api/seller/products/" + listing + "/price"},
            new String[] {"PUT", "api/seller/products/" + listing + "/quantity"},
            new String[] {"PUT", "api/seller/products/" + listing + "/images/order"});
    for (String[] write : writes) {
      ApiClient.Reply anonymous = app.request(write[0], write[1]).json("null").send();
      assertProblem(anonymous, 401, "/problems/unauthenticated");

      ApiClient.Reply signedIn =
          app.request(write[0], write[1]).bearer(seller.token()).json("null").send();
      assertProblem(signedIn, 400, "/problems/malformed-request");
    }
    assertStockUnchanged();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4294967297", "-0.5", "1.5", "1e309", "9223372036854775808", "\"5\"", "true"})
  void aQuantityThatIsNotAnExactIntIsRefusedNamingTheField(String quantity) throws Exception {
    ApiClient.Reply reply = putQuantity("{\"quantity\":" + quantity + "}");

    assertProblem(reply, 400, "/problems/validation");
    assertEquals(List.of("quantity"), fields(reply));
    assertStockUnchanged();
  }

  @Test
  void anExactQuantityIsStillTaken() throws Exception {
    ApiClient.Reply reply = putQuantity("{\"quantity\":3}");

    assertEquals(200, reply.status(), reply.body());
    assertEquals("3", stock());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[{\"quantity\":3}]",
        "{\"quantity\":3} xyz",
        "{\"quantity\":3}{\"quantity\":4}",
        "{\"quantity\":3",
        "",
        "3"
      })
  void aBodyThatIsNotExactlyOneObjectIsMalformed(String body) throws Exception {
    ApiClient.Reply reply = putQuantity(body);

    assertProblem(reply, 400, "/problems/malformed-request");
    assertStockUnchanged();
  }

  @Test
  void aKeyGivenTwiceIsRefused() throws Exception {
    ApiClient.Reply reply = putQuantity("{\"quantity\":3,\"quantity\":4}");

    assertProblem(reply, 400, "/problems/validation");
    assertEquals(List.of("quantity"), fields(reply));
    assertStockUnchanged();
  }

  @Test
  void invalidUtf8IsRefused() throws Exception {
    // 0xC3 opens a two-byte sequence; a space cannot continue it.
    byte[] head = "{\"name\":\"Studio ".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = " \"}".getBytes(StandardCharsets.US_ASCII);
    byte[] broken = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, broken, 0, head.length);
    broken[head.length] = (byte) 0xC3;
    System.arraycopy(tail, 0, broken, head.length + 1, tail.length);
    ApiClient.Reply reply =
        app.request("PUT", "api/seller/shop")
            .bearer(seller.token())
            .body("application/json", broken)
            .send();

    assertProblem(reply, 400, "/problems/malformed-request");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String huge = "{\"name\":\"" + "a".repeat(300 * 1024) + "\"}";
    ApiClient.Reply reply =
        app.request("PUT", "api/seller/shop").bearer(seller.token()).json(huge).send();

    assertProblem(reply, 413, "/problems/payload-too-large");
  }

  @Test
  void controlCharactersAndNullElementsInTextAreRefusedNamingTheField() throws Exception {
    String listingBody =
        "{\"title\":\"Mug\",\"categoryId\":501,\"price\":12.5,\"quantity\":1,\"tags\":%s}";
    ApiClient.Reply nullTag =
        app.request("POST", "api/seller/products")
            .bearer(seller.token())
            .json(String.format(listingBody, "[\"blue\",null]"))
            .send();
    assertProblem(nullTag, 400, "/problems/validation");
    assertEquals(List.of("tags[1]"), fields(nullTag));

    ApiClient.Reply nulInTag =
        app.request("POST", "api/seller/products")
            .bearer(seller.token())
            .json(String.format(listingBody, "[\"bl\\u0000ue\"]"))
            .send();
    assertProblem(nulInTag, 400, "/problems/validation");
    assertEquals(List.of("tags[0]"), fields(nulInTag));

    ApiClient.Reply nulInEmail =
        app.postJson(
            "api/auth/register",
            "{\"email\":\"a\\u0000b@example.test\",\"displayName\":\"A\",\"password\":\"correct horse battery\"}");
    assertProblem(nulInEmail, 400, "/problems/validation");
    assertEquals(List.of("email"), fields(nulInEmail));

    ApiClient.Reply loneSurrogate =
        app.request("PUT", "api/seller/shop")
            .bearer(seller.token())
            .json("{\"name\":\"Studio \\ud800\"}")
            .send();
    assertProblem(loneSurrogate, 400, "/problems/validation");
    assertEquals(List.of("name"), fields(loneSurrogate));
    assertEquals(
        "0",
        TestAccounts.scalar(
            "SELECT count(*) FROM products WHERE shop_id = ? AND title = 'Mug'", seller.shopId()));
  }

  @Test
  void textWithLineBreaksIsStillTaken() {
    ApiClient.Reply reply =
        app.request("PUT", "api/seller/shop")
            .bearer(seller.token())
            .json("{\"name\":\"Strict Studio\",\"description\":\"Line one\\nLine two\\tend\"}")
            .send();

    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void aPngWhoseHeaderChecksumIsWrongIsNotTakenAsAPhoto() throws Exception {
    byte[] png = Pictures.png(400, 400);
    png[29] ^= 0x01; // the CRC of the header chunk: signature (8), length and type (8), 13 bytes

    ApiClient.Reply reply =
        app.request("POST", "api/seller/products/" + listing + "/images")
            .bearer(seller.token())
            .body("image/png", png)
            .send();

    assertProblem(reply, 400, "/problems/invalid-image");
    assertEquals(
        "0",
        TestAccounts.scalar("SELECT count(*) FROM product_images WHERE product_id = ?", listing));
  }

  @Test
  void answersNameNoServerProduct() {
    ApiClient.Reply reply = app.get("api/categories");

    assertEquals(200, reply.status());
    assertFalse(reply.header("Server").isPresent(), () -> "Server: " + reply.header("Server"));
    assertFalse(reply.header("X-Powered-By").isPresent(), () -> "" + reply.header("X-Powered-By"));
  }

  @Test
  void aMalformedOrRepeatedContentTypeIsAProblemNotAServerPage() throws Exception {
    for (String contentType :
        List.of(
            "Content-Type: ;;;", "Content-Type: application/json\r\nContent-Type: text/plain")) {
      String answer =
          raw("PUT /api/seller/shop", contentType + "\r\nAuthorization: Bearer " + seller.token());
      assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
      assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
      assertTrue(answer.contains("\"type\":\"/problems/"), answer);
      assertFalse(answer.contains("Payara"), answer);
    }
  }

  @Test
  void oversizedHeadersAndABodyOnGetAreRefusedByTheContainer() throws Exception {
    for (String answer :
        List.of(
            raw("GET /api/categories", "X-Big: " + "a".repeat(9000), ""),
            raw("GET /api/categories", "Content-Type: application/json", "{}"))) {
      assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
    }
    String trace = raw("TRACE /api/categories", "X-Probe: 1", "");
    assertTrue(trace.startsWith("HTTP/1.1 405 "), trace);
    assertFalse(trace.contains("Allow: TRACE") || trace.contains(", TRACE"), trace);
  }

  /**
   * Payara answers a path it cannot decode ({@code %zz}, {@code %00}, a {@code ..} segment) itself,
   * with an empty body, without running the application (docs/api.md): whatever the method, nothing
   * changes.
   */
  @Test
  void aPathTheContainerCannotDecodeNeverReachesTheApplication() throws Exception {
    String quantity = "/api/seller/products/" + listing + "/quantity";
    String headers = "Content-Type: application/json\r\nAuthorization: Bearer " + seller.token();
    for (String path :
        List.of(
            quantity + "%zz",
            "/api/seller/products/" + listing + "/%zz/../quantity",
            quantity + "%00")) {
      String answer = raw("PUT " + path, headers, "{\"quantity\":1}");
      assertFalse(answer.contains("X-Request-Id"), answer);
      assertTrue(answer.endsWith("\r\n\r\n"), "no body expected: " + answer);
    }
    assertStockUnchanged();
  }

  /** One request as bytes on a socket: what no HTTP client library would send. */
  private String raw(String requestLine, String headers) throws Exception {
    return raw(requestLine, headers, "{}");
  }

  private String raw(String requestLine, String headers, String body) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", applicationUrl.getPort())) {
      socket.setSoTimeout(10_000);
      String context = applicationUrl.getPath().replaceAll("/$", "");
      String line = requestLine.replaceFirst(" /", " " + context + "/") + " HTTP/1.1";
      String message =
          line
              + "\r\nHost: 127.0.0.1\r\n"
              + headers
              + (body.isEmpty() ? "" : "\r\nContent-Length: " + body.length())
              + "\r\nConnection: close\r\n\r\n"
              + body;
      socket.getOutputStream().write(message.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private ApiClient.Reply putQuantity(String body) {
    return app.request("PUT", "api/seller/products/" + listing + "/quantity")
        .bearer(seller.token())
        .json(body)
        .send();
  }

  private String stock() throws Exception {
    return TestAccounts.scalar("SELECT quantity FROM products WHERE id = ?", listing);
  }

  private void assertStockUnchanged() {
    try {
      assertEquals(String.valueOf(STOCK), stock());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> fields(ApiClient.Reply reply) {
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.getString("field"))
        .toList();
  }

  private static void assertProblem(ApiClient.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), "problem+json expected, got " + reply.contentType());
    assertEquals(type, reply.json().getString("type"));
  }
}
