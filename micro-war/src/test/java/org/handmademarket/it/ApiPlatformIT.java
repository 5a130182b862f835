package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.localstack.testing.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform every feature stands on, seen from outside: readiness, OpenAPI, metrics and errors.
 */
@ExtendWith(ArquillianExtension.class)
class ApiPlatformIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private ApiClient server;

  @BeforeEach
  void clients() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
    server = ApiClient.onLoopback(applicationUrl.toURI().resolve("/"));
  }

  @Test
  void readinessReportsDatabaseRedisAndElasticsearchUp() {
    ApiClient.Reply ready = server.get("health/ready");

    assertEquals(200, ready.status(), ready.body());
    assertEquals("UP", ready.json().getString("status"));
    assertEquals(
        Map.of("database", "UP", "elasticsearch", "UP", "redis", "UP", "payments", "UP"),
        ready.checkStates());
  }

  @Test
  void livenessIsUp() {
    ApiClient.Reply live = server.get("health/live");

    assertEquals(200, live.status(), live.body());
    assertEquals("UP", live.json().getString("status"));
  }

  @Test
  void openApiDescribesTheResources() {
    ApiClient.Reply openapi = server.get("openapi?format=JSON");

    assertEquals(200, openapi.status());
    JsonObject document = openapi.json();
    assertEquals("Handmade Market API", document.getJsonObject("info").getString("title"));
    assertTrue(
        document.getJsonObject("paths").keySet().stream()
            .anyMatch(path -> path.endsWith("/api/categories")),
        () -> "paths: " + document.getJsonObject("paths").keySet());
  }

  @Test
  void metricsAreServedInPrometheusFormat() {
    ApiClient.Reply metrics = server.get("metrics", "text/plain");

    assertEquals(200, metrics.status());
    assertTrue(metrics.body().contains("# TYPE"), "Prometheus exposition format expected");
  }

  @Test
  void categoriesComeFromTheMigratedTaxonomy() {
    ApiClient.Reply categories = app.get("api/categories");

    assertEquals(200, categories.status(), categories.body());
    List<JsonObject> top = categories.jsonArray().getValuesAs(JsonObject.class);
    assertTrue(top.size() >= 12, "at least 12 top-level categories");
    JsonObject jewelry = top.get(0);
    assertEquals("jewelry", jewelry.getString("slug"));
    assertTrue(
        jewelry.getJsonArray("children").getValuesAs(JsonObject.class).stream()
            .anyMatch(child -> child.getString("slug").equals("necklaces")));
  }

  @Test
  void unknownPathUnderApiIsAProblem404() {
    ApiClient.Reply reply = app.get("api/no-such-thing");

    assertProblem(reply, 404, "/problems/not-found");
    assertTrue(reply.json().getString("instance").endsWith("/api/no-such-thing"));
  }

  @Test
  void validationErrorsNameEachField() {
    ApiClient.Reply reply =
        app.postJson("api/test-probe/parcels", "{\"label\":\"\",\"quantity\":500}");

    assertProblem(reply, 400, "/problems/validation");
    List<String> fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(error -> error.getString("field"))
            .toList();
    assertEquals(List.of("label", "quantity"), fields);
  }

  @Test
  void missingBodyIsAValidationError() {
    ApiClient.Reply reply = app.postJson("api/test-probe/parcels", "");

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.isProblem());
  }

  @Test
  void malformedJsonIsA400Problem() {
    ApiClient.Reply reply = app.postJson("api/test-probe/parcels", "{\"label\": \"mug\", ");

    assertProblem(reply, 400, "/problems/malformed-request");
  }

  @Test
  void wrongJsonTypeIsA400Problem() {
    ApiClient.Reply reply =
        app.postJson("api/test-probe/parcels", "{\"label\":\"mug\",\"quantity\":\"many\"}");

    assertProblem(reply, 400, "/problems/validation");
    assertEquals(
        "quantity", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void validBodyIsAccepted() {
    ApiClient.Reply reply =
        app.postJson("api/test-probe/parcels", "{\"label\":\"mug\",\"quantity\":2}");

    assertEquals(200, reply.status(), reply.body());
    assertEquals(2, reply.json().getInt("quantity"));
  }

  @Test
  void unexpectedFailureIsA500WithCorrelationIdAndNoInternals() {
    ApiClient.Reply reply = app.get("api/test-probe/failure");

    assertProblem(reply, 500, "/problems/internal");
    String correlationId = reply.json().getString("correlationId");
    assertFalse(correlationId.isBlank());
    assertTrue(reply.json().getString("detail").contains(correlationId));
    assertFalse(
        reply.body().contains("secret internal detail"), "internals leaked: " + reply.body());
    assertFalse(reply.body().contains("Exception"), "stack trace leaked: " + reply.body());
  }

  private static void assertProblem(ApiClient.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), "problem+json expected, got " + reply.contentType());
    JsonObject problem = reply.json();
    assertEquals(type, problem.getString("type"));
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertTrue(problem.get("instance") != null && problem.get("instance") != JsonValue.NULL);
  }
}
