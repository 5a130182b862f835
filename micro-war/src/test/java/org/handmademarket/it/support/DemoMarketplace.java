package org.handmademarket.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.handmademarket.localstack.BackingServices;
import org.handmademarket.localstack.Directories;
import org.handmademarket.localstack.EmbeddedRedis;
import org.handmademarket.localstack.LoopbackPorts;
import org.handmademarket.localstack.PayaraMicro;
import org.handmademarket.localstack.demo.DemoCatalogue;
import org.handmademarket.localstack.demo.DemoOptions;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;

/**
 * The marketplace as a shopper meets it: the shipped WAR at the root context with the demo
 * catalogue loaded and indexed, for the browser tests. It stands apart from the other integration
 * tests' data: its own database on the test run's PostgreSQL server, its own index alias on the
 * search node, and a Redis of its own (cache keys such as a user's cart are per user id, and ids
 * repeat across databases).
 */
public final class DemoMarketplace implements AutoCloseable {

  private static final String DATABASE = "storefront_e2e";
  private static final int PHOTO_VARIANTS = 2;

  private final Path workDirectory;
  private final int listings;
  private EmbeddedRedis redis;
  private PayaraMicro payara;
  private String jdbcUrl;

  public DemoMarketplace(Path workDirectory, int listings) {
    this.workDirectory = workDirectory;
    this.listings = listings;
  }

  public DemoMarketplace start() throws Exception {
    BackingServices services = IntegrationServices.current();
    jdbcUrl = recreateDatabase(services.database().jdbcUrl());
    redis = new EmbeddedRedis(LoopbackPorts.free(), workDirectory.resolve("redis"));
    redis.start();
    Path storage = workDirectory.resolve("storage");
    // A runtime directory left by an earlier run would deploy its old copy of the application too.
    Directories.deleteRecursively(workDirectory.resolve("payara"));
    Map<String, String> config = new HashMap<>(services.applicationConfig());
    config.put("db.url", jdbcUrl);
    config.put("redis.port", String.valueOf(redis.port()));
    config.put("redis.password", redis.password());
    config.put("search.index.alias", "storefront-e2e-products");
    config.put("storage.dir", storage.toString());
    // The specs register their shoppers from the loopback address, more than a client may an hour.
    config.put("auth.registrations.per-address-per-hour", "500");
    payara =
        new PayaraMicro(
            Path.of(System.getProperty("payara.microJar")),
            Path.of(System.getProperty("marketplace.war", "target/marketplace.war")),
            LoopbackPorts.free(),
            workDirectory.resolve("payara"),
            config);
    payara.start();
    // The application migrates the schema as it starts; the catalogue goes in once the API answers.
    awaitStatus200(URI.create(baseUrl() + "/api/categories"), Duration.ofMinutes(2));
    new DemoCatalogue(demoOptions(storage), System.out).loadIfEmpty();
    awaitIndexed();
    return this;
  }

  /**
   * The local stack's catalogue, smaller, with a few photos per category: painting them is slow.
   */
  private DemoOptions demoOptions(Path storage) {
    return new DemoOptions(
        jdbcUrl,
        "postgres",
        "",
        listings,
        DemoOptions.defaultShops(listings),
        DemoOptions.DEFAULT_SEED,
        storage,
        PHOTO_VARIANTS);
  }

  public String baseUrl() {
    return payara.baseUrl();
  }

  public Path serverLog() {
    return payara.logFile();
  }

  /**
   * The demo catalogue announces every shop in the outbox; it is searchable once all are relayed.
   */
  private void awaitIndexed() {
    Eventually.await(
        "every demo shop relayed to the search index",
        Duration.ofMinutes(3),
        () -> count("SELECT count(*) FROM outbox WHERE processed_at IS NULL"),
        remaining -> remaining == 0);
  }

  private long count(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops what an earlier run left and creates an empty database beside the shared one. */
  private static String recreateDatabase(String sharedJdbcUrl) throws SQLException {
    try (Connection connection = DriverManager.getConnection(sharedJdbcUrl, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    return sharedJdbcUrl.substring(0, sharedJdbcUrl.lastIndexOf('/') + 1) + DATABASE;
  }

  /**
   * /health/ready can answer UP a moment before the application's own resources are deployed (its
   * checks are not registered yet): wait until the API itself answers.
   */
  private static void awaitStatus200(URI probe, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10)).GET().build();
    Eventually.await(
        probe + " answering 200",
        timeout,
        () -> {
          try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          } catch (IOException e) {
            return -1;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
          }
        },
        status -> status == 200);
  }

  @Override
  public void close() {
    if (payara != null) {
      payara.stop();
    }
    if (redis != null) {
      redis.stop();
    }
  }
}
