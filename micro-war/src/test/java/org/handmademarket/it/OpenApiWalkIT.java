package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.TestAccounts;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.localstack.testing.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation of {@code /openapi}: those that take a JSON body get generated bad bodies,
 * the others bad path and query parameters, as an anonymous caller and as a seller. No answer may
 * be a 500, every refusal must be a problem document with a {@code type}, and a refused request
 * must leave the data it could reach as it was.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiWalkIT {

  private static final int BODIES_PER_OPERATION = 20;
  private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

  /**
   * Values no parameter takes. An escaped NUL ({@code %00}) is not among them: the container
   * refuses such a path before any application code runs, with an empty 400, which {@code
   * BadInputIT} covers (nothing changes) and docs/api.md lists among the container's own answers.
   */
  private static final List<String> BAD_PARAMETERS =
      List.of(
          "-1",
          "0",
          "1.5",
          "abc",
          "99999999999999999999",
          "1e3",
          "%E2%80%AE",
          "x".repeat(3000),
          "%27%3B--");

  /**
   * What a request of the walk could change, read before and after each one: the seller's account,
   * shop and listings in full, and the number of rows of every table a shopper's or seller's
   * request writes. Sessions, throttling and the outbox's processing are left out: they move by
   * themselves.
   */
  private static final String FINGERPRINT =
      "SELECT md5(concat_ws('|',"
          + " (SELECT u::text FROM users u WHERE u.id = ?),"
          + " (SELECT s::text FROM shops s WHERE s.id = ?),"
          + " (SELECT string_agg(p::text, ',' ORDER BY p.id) FROM products p WHERE p.shop_id = ?),"
          + " (SELECT string_agg(i::text, ',' ORDER BY i.id) FROM product_images i"
          + " JOIN products p ON p.id = i.product_id WHERE p.shop_id = ?),"
          + " (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM product_tags t"
          + " JOIN products p ON p.id = t.product_id WHERE p.shop_id = ?),"
          + " (SELECT string_agg(sp::text, ',') FROM shipping_profiles sp WHERE sp.shop_id = ?),"
          + " (SELECT count(*) FROM cart_items), (SELECT count(*) FROM checkouts),"
          + " (SELECT count(*) FROM orders), (SELECT count(*) FROM favorites),"
          + " (SELECT count(*) FROM reviews), (SELECT count(*) FROM review_replies),"
          + " (SELECT count(*) FROM payments), (SELECT count(*) FROM payout_accounts),"
          + " (SELECT count(*) FROM mail_preferences), (SELECT count(*) FROM ledger_entries),"
          + " (SELECT count(*) FROM user_roles)))";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  @Test
  void noOperationAnswersBadBodiesWithA500OrWithoutAProblemDocument() throws Exception {
    ApiClient app = ApiClient.onLoopback(applicationUrl.toURI());
    JsonObject openapi = openapi();
    TestCatalogue.Account seller = TestAccounts.seller("Walk Studio");
    long listing = TestAccounts.listing(seller, "Walked mug", 5);

    Judge judge = new Judge(seller);
    int operations = 0;
    for (Map.Entry<String, JsonObject> path : apiPaths(openapi).entrySet()) {
      String target = path.getKey().replaceAll("\\{[^/]+}", "" + listing);
      for (Map.Entry<String, JsonValue> operation : path.getValue().entrySet()) {
        if (!WRITES.contains(operation.getKey())
            || !takesJson(operation.getValue().asJsonObject())) {
          continue;
        }
        operations++;
        List<String> fields = fieldsOf(operation.getValue().asJsonObject(), openapi);
        List<String> bodies = badBodies(fields).sampleStream().limit(BODIES_PER_OPERATION).toList();
        for (String body : bodies) {
          for (String token : new String[] {null, seller.token()}) {
            ApiClient.Request request =
                app.request(operation.getKey().toUpperCase(), target).json(body);
            judge.send(
                token == null ? request : request.bearer(token),
                operation.getKey() + " " + target + " " + shorten(body));
          }
        }
      }
    }
    System.out.println(
        "OpenApiWalkIT: " + operations + " operations, answers by status " + judge.statuses);
    assertTrue(operations >= 15, "operations with a JSON body: " + operations);
    judge.assertNoBadAnswers();
  }

  @Test
  void noOperationAnswersBadParametersWithA500OrWithoutAProblemDocument() throws Exception {
    ApiClient app = ApiClient.onLoopback(applicationUrl.toURI());
    TestCatalogue.Account seller = TestAccounts.seller("Parameter Studio");
    long listing = TestAccounts.listing(seller, "Parameter mug", 5);
    Judge judge = new Judge(seller);

    int operations = 0;
    for (Map.Entry<String, JsonObject> path : apiPaths(openapi()).entrySet()) {
      String template = path.getKey();
      for (Map.Entry<String, JsonValue> operation : path.getValue().entrySet()) {
        JsonObject described = operation.getValue().asJsonObject();
        List<String> queryParameters = queryParametersOf(described);
        if (!template.contains("{") && queryParameters.isEmpty()) {
          continue;
        }
        operations++;
        String method = operation.getKey().toUpperCase();
        for (String bad : BAD_PARAMETERS) {
          List<String> targets = new ArrayList<>();
          if (template.contains("{")) {
            targets.add(template.replaceAll("\\{[^/]+}", bad));
          }
          for (String parameter : queryParameters) {
            targets.add(
                template.replaceAll("\\{[^/]+}", "" + listing) + "?" + parameter + "=" + bad);
          }
          for (String target : targets) {
            for (String token : new String[] {null, seller.token()}) {
              ApiClient.Request request = app.request(method, target);
              judge.send(
                  token == null ? request : request.bearer(token), method + " " + shorten(target));
            }
          }
        }
      }
    }
    System.out.println(
        "OpenApiWalkIT: "
            + operations
            + " operations with parameters, answers by status "
            + judge.statuses);
    assertTrue(operations >= 25, "operations with parameters: " + operations);
    judge.assertNoBadAnswers();
  }

  private JsonObject openapi() throws URISyntaxException {
    return ApiClient.onLoopback(applicationUrl.toURI().resolve("/"))
        .get("openapi?format=JSON")
        .json();
  }

  /**
   * The marketplace's paths, relative to the application ({@code api/...}), with their operations;
   * the deployment's own test probes are not the marketplace's API.
   */
  private static Map<String, JsonObject> apiPaths(JsonObject openapi) {
    Map<String, JsonObject> paths = new TreeMap<>();
    for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
      int api = path.getKey().indexOf("/api/");
      if (api >= 0 && !path.getKey().contains("/api/test-probe/")) {
        paths.put(path.getKey().substring(api + 1), path.getValue().asJsonObject());
      }
    }
    return paths;
  }

  /**
   * Sends the walk's requests and notes every answer that breaks the contract: a 500, a refusal
   * that is not a problem document, or a refusal after which the seller's data or a table's row
   * count differs.
   */
  private static final class Judge {

    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    private final TestCatalogue.Account seller;

    Judge(TestCatalogue.Account seller) {
      this.seller = seller;
    }

    void send(ApiClient.Request request, String description) throws SQLException {
      String before = fingerprint();
      ApiClient.Reply reply = request.send();
      statuses.merge(reply.status(), 1, Integer::sum);
      String problem = problemOf(reply);
      if (problem == null && reply.status() >= 400 && !before.equals(fingerprint())) {
        problem = "refused, yet data changed";
      }
      if (reply.status() == 500 || problem != null) {
        failures.add(
            description + " -> " + reply.status() + " " + (problem == null ? "" : problem));
      }
    }

    void assertNoBadAnswers() {
      assertTrue(
          failures.isEmpty(),
          () -> failures.size() + " bad answers:\n" + String.join("\n", failures));
    }

    private String fingerprint() throws SQLException {
      long user = seller.userId();
      long shop = seller.shopId();
      return TestAccounts.scalar(FINGERPRINT, user, shop, shop, shop, shop, shop);
    }
  }

  private static List<String> queryParametersOf(JsonObject operation) {
    JsonArray parameters = operation.getJsonArray("parameters");
    if (parameters == null) {
      return List.of();
    }
    return parameters.getValuesAs(JsonObject.class).stream()
        .filter(parameter -> "query".equals(parameter.getString("in", "")))
        .map(parameter -> parameter.getString("name"))
        .toList();
  }

  /** Why an answer breaks the error contract, or null when it keeps it. */
  private static String problemOf(ApiClient.Reply reply) {
    if (reply.status() < 400) {
      return null;
    }
    if (!reply.isProblem()) {
      return "not a problem document: " + reply.contentType();
    }
    JsonObject problem = Json.createReader(new StringReader(reply.body())).readObject();
    return problem.containsKey("type") ? null : "no type";
  }

  private static boolean takesJson(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    return body != null && body.getJsonObject("content").containsKey("application/json");
  }

  /** The body schema's property names, following a {@code $ref} into the components. */
  private static List<String> fieldsOf(JsonObject operation, JsonObject openapi) {
    JsonObject schema =
        operation
            .getJsonObject("requestBody")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema");
    if (schema != null && schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replace("#/components/schemas/", "");
      schema = openapi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    if (schema == null || !schema.containsKey("properties")) {
      return List.of("quantity", "name", "title");
    }
    return new ArrayList<>(schema.getJsonObject("properties").keySet());
  }

  private static Arbitrary<String> badBodies(List<String> fields) {
    Arbitrary<String> text =
        Arbitraries.strings().all().ofMaxLength(30).map(s -> Json.createValue(s).toString());
    Arbitrary<String> oddText =
        Arbitraries.of(
            "\"\\u0000\"", "\"\\ud800\"", "\"a\\u001fb\"", "\"" + "x".repeat(20_000) + "\"");
    Arbitrary<String> number =
        Arbitraries.of(
            "4294967297",
            "-0.5",
            "1.5",
            "1e309",
            "9223372036854775808",
            "-1",
            "0",
            "1e-400",
            "1E+2147483647");
    Arbitrary<String> other =
        Arbitraries.of("null", "true", "\"yes\"", "[]", "[null]", "{}", "\"12.5\"", "[1,\"a\"]");
    Arbitrary<String> value = Arbitraries.oneOf(text, oddText, number, other);
    Arbitrary<String> object =
        Arbitraries.maps(Arbitraries.of(fields), value)
            .ofMaxSize(fields.size())
            .map(
                members ->
                    members.entrySet().stream()
                        .map(member -> Json.createValue(member.getKey()) + ":" + member.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
    Arbitrary<String> malformed =
        Arbitraries.of(
            "null", "", "[{}]", "{} x", "{}{}", "{\"a\":1,\"a\":2}", "{", "\"s\"", "42", "\u00ff");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, object), net.jqwik.api.Tuple.of(1, malformed));
  }

  private static String shorten(String body) {
    return body.length() > 120 ? body.substring(0, 120) + "..." : body;
  }
}
