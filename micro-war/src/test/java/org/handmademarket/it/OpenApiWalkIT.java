package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
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
 * Walks every operation of {@code /openapi} that takes a JSON body and sends it generated bad
 * bodies, as an anonymous caller and as a seller: no answer may be a 500, and every refusal must be
 * a problem document with a {@code type}.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiWalkIT {

  private static final int BODIES_PER_OPERATION = 20;
  private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  @Test
  void noOperationAnswersBadBodiesWithA500OrWithoutAProblemDocument() throws Exception {
    ApiClient app = ApiClient.onLoopback(applicationUrl.toURI());
    ApiClient server = ApiClient.onLoopback(applicationUrl.toURI().resolve("/"));
    JsonObject openapi = server.get("openapi?format=JSON").json();
    TestCatalogue.Account seller = TestAccounts.seller("Walk Studio");
    long listing = TestAccounts.listing(seller, "Walked mug", 5);

    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
      int api = path.getKey().indexOf("/api/");
      // The deployment's own test probes are not the marketplace's API.
      if (api < 0 || path.getKey().contains("/api/test-probe/")) {
        continue;
      }
      String target = path.getKey().substring(api + 1).replaceAll("\\{[^/]+}", "" + listing);
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
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
            ApiClient.Reply reply = (token == null ? request : request.bearer(token)).send();
            statuses.merge(reply.status(), 1, Integer::sum);
            String problem = problemOf(reply);
            if (reply.status() == 500 || problem != null) {
              failures.add(
                  operation.getKey()
                      + " "
                      + target
                      + " "
                      + shorten(body)
                      + " -> "
                      + reply.status()
                      + " "
                      + (problem == null ? "" : problem));
            }
          }
        }
      }
    }
    System.out.println(
        "OpenApiWalkIT: " + operations + " operations, answers by status " + statuses);
    assertTrue(operations >= 15, "operations with a JSON body: " + operations);
    assertTrue(
        failures.isEmpty(),
        () -> failures.size() + " bad answers:\n" + String.join("\n", failures));
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
