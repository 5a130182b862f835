package org.handmademarket.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

/**
 * The operators' path: the EAR deployed on Payara Server, configured by environment variables and
 * by the domain settings of config's payara/server-config.asadmin, run through {@code asadmin
 * multimode}, which also creates the JDBC pool and resource the application then uses, and followed
 * by a restart of the domain.
 */
class EarOnPayaraServerIT {

  private static final String APPLICATION = "marketplace";

  private static PayaraServerDomain domain;
  private static ApiClient server;

  @BeforeAll
  static void deployEar() throws Exception {
    Path payaraHome = Path.of(System.getProperty("payara.server.home"));
    Path ear = Path.of(System.getProperty("marketplace.ear"));
    domain =
        PayaraServerDomain.create(
            payaraHome, Path.of("target", "payara-domains"), "marketplace-it");
    domain.addLibrary(
        Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    domain.start(asEnvironmentVariables(IntegrationServices.current().applicationConfig()));
    domain.run(serverConfig(Path.of("target")));
    domain.restart();
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
    assertEquals(
        Map.of("database", "UP", "elasticsearch", "UP", "redis", "UP", "payments", "UP"),
        ready.checkStates());
  }

  @Test
  void theScriptCreatesTheServersJdbcResource() throws Exception {
    assertTrue(domain.run("list-jdbc-resources").contains("jdbc/marketplace"));
    // Fails unless the pool reaches PostgreSQL with the address and user from the environment.
    domain.run("ping-connection-pool", "marketplace-pool");
  }

  @Test
  void theApplicationUsesTheServersPoolAndNotItsOwn() throws Exception {
    ApiClient.Reply ready = server.get("health/ready");
    JsonObject database =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "jdbc/marketplace", database.getJsonObject("data").getString("datasource"), ready.body());
    assertEquals(200, server.get("api/categories").status(), "a JPA query");

    // The server pool's connections carry the script's ApplicationName; the application's own pool
    // (defined from db.url, which is set too) would show the driver's default name.
    assertEquals(
        Set.of("handmade-market"), databaseClients(), "application_name of the database sessions");
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
    assertTrue(missing.header("Server").isEmpty(), () -> "Server: " + missing.header("Server"));
    assertTrue(
        missing.header("X-Powered-By").isEmpty(),
        () -> "X-Powered-By: " + missing.header("X-Powered-By"));
  }

  @Test
  void shoppersSignInThroughTheWebModuleAgainstTheEjbModule() {
    String email = "ear-" + UUID.randomUUID() + "@example.org";
    ApiClient.Reply registered =
        server.postJson(
            "api/auth/register",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"Ear\",\"password\":\"knit one purl two\"}");

    assertEquals(
        201, registered.status(), () -> registered.body() + "\nserver log: " + domain.serverLog());
    ApiClient.Reply me =
        server.request("GET", "api/me").bearer(registered.json().getString("token")).send();
    assertEquals(200, me.status(), me.body());
    assertEquals(email, me.json().getString("email"));
  }

  @Test
  void serverLogIsJsonWithTheRequestId() throws Exception {
    String requestId = "ear-" + UUID.randomUUID();

    ApiClient.Reply failure =
        server.request("GET", "api/no-such-thing").header("X-Request-Id", requestId).send();

    assertEquals(requestId, failure.header("X-Request-Id").orElse(""), "echoed");
    List<String> lines = Files.readAllLines(domain.serverLog());
    List<JsonObject> records =
        lines.stream()
            .filter(line -> line.startsWith("{"))
            .map(line -> Json.createReader(new StringReader(line)).readObject())
            .toList();
    assertTrue(
        records.size() > 10,
        "server.log holds JSON records: "
            + lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    assertTrue(
        records.stream()
            .anyMatch(
                record ->
                    record.getString("LogMessage", "").contains("Database schema at version")),
        "the application's own lines are JSON too");
  }

  /** The application names of the sessions connected to the test database, other than this one. */
  private static Set<String> databaseClients() throws SQLException {
    Map<String, String> config = IntegrationServices.current().applicationConfig();
    try (Connection connection =
            DriverManager.getConnection(
                config.get("db.url"), config.get("db.user"), config.get("db.password"));
        ResultSet sessions =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT DISTINCT application_name FROM pg_stat_activity"
                        + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
      Set<String> names = new HashSet<>();
      while (sessions.next()) {
        names.add(sessions.getString(1));
      }
      return names;
    }
  }

  /** The domain settings script from the config module, where asadmin can read it. */
  private static Path serverConfig(Path directory) throws Exception {
    Path script = directory.resolve("server-config.asadmin");
    try (InputStream in =
        EarOnPayaraServerIT.class
            .getClassLoader()
            .getResourceAsStream("payara/server-config.asadmin")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return script;
  }

  /** db.url becomes DB_URL: the MicroProfile Config mapping operators use in containers. */
  private static Map<String, String> asEnvironmentVariables(Map<String, String> config) {
    return config.entrySet().stream()
        .collect(
            Collectors.toMap(
                // MicroProfile Config's rule: every character but letters and digits becomes _.
                entry -> entry.getKey().replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT),
                Map.Entry::getValue));
  }
}
