package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.localstack.testing.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The storefront's API types are generated from a committed copy of the application's OpenAPI
 * document (web-module/src/main/frontend/src/api/openapi.json); this test keeps that copy in step
 * with what the built application publishes, so a resource change cannot leave the storefront's
 * types behind unnoticed. {@code -Dopenapi.update=true} rewrites the copy instead of failing.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiSnapshotIT {

  private static final String UPDATE = "openapi.update";
  private static final int DIFFERENCES_SHOWN = 40;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.asShipped();
  }

  @ArquillianResource URL applicationUrl;

  @Test
  void theCommittedOpenApiDocumentIsWhatTheApplicationPublishes() throws Exception {
    JsonObject published = normalised(published());
    Path snapshot =
        Path.of(System.getProperty("storefront.dir", "../web-module/src/main/frontend"))
            .resolve("src/api/openapi.json");

    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(snapshot, pretty(published, "") + "\n", StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(snapshot), () -> snapshot + " is missing; " + howToUpdate());
    JsonObject committed = canonical(read(snapshot)).asJsonObject();
    List<String> differences = new ArrayList<>();
    compare("", committed, published, differences);
    if (!differences.isEmpty()) {
      fail(
          "The API's OpenAPI document differs from "
              + snapshot
              + " ("
              + differences.size()
              + " differences, committed -> published):\n  "
              + String.join(
                  "\n  ", differences.subList(0, Math.min(DIFFERENCES_SHOWN, differences.size())))
              + "\n"
              + howToUpdate());
    }
  }

  @Test
  void everyAnswerWithABodyHasASchemaThatResolves() throws Exception {
    JsonObject document =
        ApiClient.onLoopback(applicationUrl.toURI().resolve("/")).get("openapi?format=JSON").json();
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    List<String> unresolved = new ArrayList<>();
    references(document, unresolved);
    unresolved.removeIf(ref -> schemas.containsKey(ref.replace("#/components/schemas/", "")));
    assertEquals(List.of(), unresolved, "references without a schema");

    List<String> withoutSchema = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        JsonObject responses = operation.getValue().asJsonObject().getJsonObject("responses");
        for (String status : List.of("200", "201")) {
          JsonObject answer = responses == null ? null : responses.getJsonObject(status);
          if (answer != null && !hasSchema(answer)) {
            withoutSchema.add(operation.getKey() + " " + path.getKey() + " " + status);
          }
        }
      }
    }
    assertEquals(List.of(), withoutSchema, "answers with a body but no schema");
  }

  @Test
  void requestBodiesListEveryFieldTheyTakeAndTheRequiredOnes() throws Exception {
    JsonObject schemas = published().getJsonObject("components").getJsonObject("schemas");

    JsonObject listing = schemas.getJsonObject("ListingRequest");
    assertEquals(
        new TreeSet<>(
            List.of(
                "categoryId",
                "description",
                "handmade",
                "materials",
                "price",
                "quantity",
                "tags",
                "title",
                "vintage")),
        new TreeSet<>(listing.getJsonObject("properties").keySet()),
        listing.toString());
    assertEquals(
        new TreeSet<>(List.of("categoryId", "price", "quantity", "title")),
        new TreeSet<>(listing.getJsonArray("required").getValuesAs(JsonString::getString)));
    JsonObject tags = listing.getJsonObject("properties").getJsonObject("tags");
    assertEquals("string", tags.getJsonObject("items").getString("type"), tags.toString());

    JsonObject checkout = schemas.getJsonObject("CheckoutRequest");
    assertEquals(
        new TreeSet<>(List.of("expectedTotal", "payment", "shippingAddress")),
        new TreeSet<>(checkout.getJsonArray("required").getValuesAs(JsonString::getString)));
    JsonObject address = schemas.getJsonObject("CheckoutAddress");
    assertTrue(
        !address.containsKey("maxProperties") && !address.containsKey("minLength"),
        () -> "an address object bounded as if it were empty: " + address);
    assertEquals(
        "^(?:[A-Z]{2})$",
        address.getJsonObject("properties").getJsonObject("country").getString("pattern"));

    JsonObject addToCart = schemas.getJsonObject("AddToCartRequest");
    assertEquals(
        "integer",
        addToCart.getJsonObject("properties").getJsonObject("quantity").getString("type"),
        "a quantity of 1.5 is refused: it is a whole number");
  }

  /**
   * The document the application publishes. Payara builds it on the first request, which may take
   * longer than a request may wait on a busy machine: a timed-out request is asked again.
   */
  private JsonObject published() throws Exception {
    ApiClient server = ApiClient.onLoopback(applicationUrl.toURI().resolve("/"));
    for (int attempt = 1; ; attempt++) {
      try {
        ApiClient.Reply reply = server.get("openapi?format=JSON");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
      } catch (UncheckedIOException timedOut) {
        if (attempt == 3) {
          throw timedOut;
        }
      }
    }
  }

  private static boolean hasSchema(JsonObject answer) {
    JsonObject content = answer.getJsonObject("content");
    return content != null
        && content.values().stream()
            .map(JsonValue::asJsonObject)
            .allMatch(media -> media.containsKey("schema"));
  }

  private static void references(JsonValue value, List<String> found) {
    if (value instanceof JsonObject) {
      for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
        if (entry.getKey().equals("$ref")) {
          found.add(((JsonString) entry.getValue()).getString());
        } else {
          references(entry.getValue(), found);
        }
      }
    } else if (value instanceof JsonArray) {
      value.asJsonArray().forEach(element -> references(element, found));
    }
  }

  private static String howToUpdate() {
    return "Run npm run api:types -- http://127.0.0.1:8180/openapi against a running marketplace"
        + " (./mvnw -Prun), or rerun this test with -D"
        + UPDATE
        + "=true and then npm run api:types, and commit openapi.json with schema.d.ts.";
  }

  /**
   * What is the API's and not the deployment's, in one order: no {@code servers} (the host it was
   * fetched from), paths from {@code /api} on (not under the test deployment's context root), and
   * the lists whose order the scan does not fix (the tags, a schema's required fields) sorted.
   * scripts/openapi-types.mjs normalises a fetched document the same way.
   */
  static JsonObject normalised(JsonObject document) {
    JsonObjectBuilder result = Json.createObjectBuilder(document).remove("servers");
    JsonObjectBuilder paths = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      int api = path.getKey().indexOf("/api/");
      paths.add(api > 0 ? path.getKey().substring(api) : path.getKey(), path.getValue());
    }
    result.add("paths", paths);
    JsonArray tags = document.getJsonArray("tags");
    if (tags != null) {
      JsonArrayBuilder sorted = Json.createArrayBuilder();
      tags.getValuesAs(JsonObject.class).stream()
          .sorted(Comparator.comparing(tag -> tag.getString("name")))
          .forEach(sorted::add);
      result.add("tags", sorted);
    }
    return canonical(result.build()).asJsonObject();
  }

  /**
   * A schema's required members sorted, and numbers without trailing zeros ({@code 0.0} is {@code
   * 0}), as JavaScript reads and writes them.
   */
  private static JsonValue canonical(JsonValue value) {
    if (value instanceof JsonObject) {
      JsonObjectBuilder result = Json.createObjectBuilder();
      for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
        JsonValue child = entry.getValue();
        if (entry.getKey().equals("required") && child instanceof JsonArray) {
          JsonArrayBuilder names = Json.createArrayBuilder();
          new TreeSet<>(child.asJsonArray().getValuesAs(JsonString::getString)).forEach(names::add);
          result.add(entry.getKey(), names);
        } else {
          result.add(entry.getKey(), canonical(child));
        }
      }
      return result.build();
    }
    if (value instanceof JsonArray) {
      JsonArrayBuilder result = Json.createArrayBuilder();
      value.asJsonArray().forEach(element -> result.add(canonical(element)));
      return result.build();
    }
    if (value instanceof JsonNumber) {
      return Json.createValue(
          new BigDecimal(
              ((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString()));
    }
    return value;
  }

  private static JsonObject read(Path file) throws IOException {
    try (JsonReader reader =
        Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }

  /** Each JSON pointer where the two documents differ. */
  private static void compare(
      String pointer, JsonValue committed, JsonValue published, List<String> differences) {
    if (committed instanceof JsonObject && published instanceof JsonObject) {
      TreeSet<String> keys = new TreeSet<>(committed.asJsonObject().keySet());
      keys.addAll(published.asJsonObject().keySet());
      for (String key : keys) {
        String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        JsonValue before = committed.asJsonObject().get(key);
        JsonValue after = published.asJsonObject().get(key);
        if (before == null) {
          differences.add(child + ": added");
        } else if (after == null) {
          differences.add(child + ": removed");
        } else {
          compare(child, before, after, differences);
        }
      }
    } else if (!committed.equals(published)) {
      differences.add(pointer + ": " + abbreviated(committed) + " -> " + abbreviated(published));
    }
  }

  private static String abbreviated(JsonValue value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  /**
   * The document as {@code JSON.stringify(document, null, 2)} writes it with its keys sorted, so
   * that the test and {@code npm run api:types} write the same file.
   */
  static String pretty(JsonValue value, String indent) {
    String inner = indent + "  ";
    if (value instanceof JsonObject) {
      JsonObject object = value.asJsonObject();
      if (object.isEmpty()) {
        return "{}";
      }
      List<String> members = new ArrayList<>();
      for (String key : new TreeSet<>(object.keySet())) {
        members.add(inner + Json.createValue(key) + ": " + pretty(object.get(key), inner));
      }
      return "{\n" + String.join(",\n", members) + "\n" + indent + "}";
    }
    if (value instanceof JsonArray) {
      JsonArray array = value.asJsonArray();
      if (array.isEmpty()) {
        return "[]";
      }
      List<String> elements = new ArrayList<>();
      for (JsonValue element : array) {
        elements.add(inner + pretty(element, inner));
      }
      return "[\n" + String.join(",\n", elements) + "\n" + indent + "]";
    }
    return value.toString();
  }
}
