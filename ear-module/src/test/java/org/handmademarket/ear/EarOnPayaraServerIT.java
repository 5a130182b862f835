package org.handmademarket.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operators' path: the EAR deployed on Payara Server, configured by environment variables. */
class EarOnPayaraServerIT {

  private static final String APPLICATION = "marketplace";

  private static PayaraServerDomain domain;
  private static ApiClient server;

  @BeforeAll
  static void deployEar() throws Exception {
    Path payaraHome = Path.of(System.getProperty("payara.server.home"));
    Path ear = Path.of(System.getProperty("marketplace.ear"));
    domain = PayaraServerDomain.create(payaraHome, Path.of("target", "payara-domains"), "marketplace-it");
    domain.start(asEnvironmentVariables(IntegrationServices.current().applicationConfig()));
    domain.deploy(ear, APPLICATION);
    server = new ApiClient(URI.create("http://127.0.0.1:" + domain.httpPort() + "/"));
  }

  @AfterAll
  static void removeDomain() throws Exception {
    if (domain != null) {
      try {
        domain.undeploy(APPLICATION);
      } finally {
        domain.stop();
      }
    }
  }

  @Test
  void readinessIsUpWithAllThreeChecks() {
    ApiClient.Reply ready = server.get("health/ready");

    assertEquals(200, ready.status(), () -> ready.body() + "\nserver log: " + domain.serverLog());
    assertEquals(Map.of("database", "UP", "elasticsearch", "UP", "redis", "UP"), ready.checkStates());
  }

  @Test
  void apiServesTheCatalogueFromTheEjbModule() {
    ApiClient.Reply categories = server.get("api/categories");

    assertEquals(200, categories.status(), categories.body());
    assertEquals("jewelry", categories.jsonArray().getJsonObject(0).getString("slug"));
  }

  @Test
  void errorsAreProblemDocuments() {
    ApiClient.Reply missing = server.get("api/no-such-thing");

    assertEquals(404, missing.status());
    assertTrue(missing.isProblem(), missing.contentType());
  }

  @Test
  void shoppersSignInThroughTheWebModuleAgainstTheEjbModule() {
    String email = "ear-" + UUID.randomUUID() + "@example.org";
    ApiClient.Reply registered =
        server.postJson(
            "api/auth/register",
            "{\"email\":\"" + email + "\",\"displayName\":\"Ear\",\"password\":\"knit one purl two\"}");

    assertEquals(201, registered.status(), () -> registered.body() + "\nserver log: " + domain.serverLog());
    ApiClient.Reply me =
        server.request("GET", "api/me").bearer(registered.json().getString("token")).send();
    assertEquals(200, me.status(), me.body());
    assertEquals(email, me.json().getString("email"));
  }

  /** db.url becomes DB_URL: the MicroProfile Config mapping operators use in containers. */
  private static Map<String, String> asEnvironmentVariables(Map<String, String> config) {
    return config.entrySet().stream()
        .collect(
            Collectors.toMap(
                entry -> entry.getKey().replace('.', '_').toUpperCase(Locale.ROOT), Map.Entry::getValue));
  }
}
