package org.handmademarket.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark of issue 4, against Payara Micro with the WAR as built, on the test run's
 * PostgreSQL and Redis: cart operations and checkout at 16 concurrent shoppers beside the same
 * locking transaction in plain JDBC, then a flash sale of 1,000 shoppers on 100 units beside
 * pgbench on the same hot row. Run with {@code ./mvnw verify -pl micro-war -am -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CheckoutBenchmarkIT -Dbenchmark=true}.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CheckoutBenchmarkIT {

  private static final int SHOPPERS = 16;
  private static final int ROUNDS = 150;
  private static final int CHECKOUTS = 40;
  private static final int WARM_UP_ROUNDS = 100;
  private static final int WARM_UP_CHECKOUTS = 15;
  private static final int ALONE_ROUNDS = 200;
  private static final int FLASH_SHOPPERS = 1_000;
  private static final int FLASH_UNITS = 100;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  @Test
  void measure() throws Exception {
    String path =
        applicationUrl.getPath().endsWith("/")
            ? applicationUrl.getPath()
            : applicationUrl.getPath() + "/";
    // The loopback address, like ApiClient.onLoopback: the server listens there only.
    Http app = new Http(java.net.URI.create("http://127.0.0.1:" + applicationUrl.getPort() + path));
    long shopId = shop();
    List<Long> products = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      products.add(listing(shopId, "Bench item " + i, 1_000_000));
    }
    List<String> shoppers = new ArrayList<>();
    List<Long> shopperIds = new ArrayList<>();
    for (int i = 0; i < SHOPPERS; i++) {
      String token = token();
      shoppers.add(token);
      shopperIds.add(
          Long.parseLong(
              scalar("SELECT user_id FROM sessions WHERE token_hash = ?", sha256(token))));
    }

    // Warm-up until the JIT has compiled the hot paths: a profile of a shorter warm-up showed the
    // compiler threads taking a sixth of the CPU during the measured phases.
    run(
        SHOPPERS,
        WARM_UP_ROUNDS,
        (shopper, round) ->
            round % 5 == 0
                ? app.request("DELETE", "api/cart").bearer(shoppers.get(shopper)).send()
                : null,
        (shopper, round) -> addToCart(app, shoppers.get(shopper), pick(products)));
    run(
        SHOPPERS,
        WARM_UP_ROUNDS,
        (shopper, round) -> app.request("GET", "api/cart").bearer(shoppers.get(shopper)).send());
    run(
        SHOPPERS,
        1,
        (shopper, round) -> app.request("DELETE", "api/cart").bearer(shoppers.get(shopper)).send());
    run(
        SHOPPERS,
        WARM_UP_CHECKOUTS,
        (shopper, round) -> addToCart(app, shoppers.get(shopper), pick(products)),
        (shopper, round) -> checkout(app, shoppers.get(shopper)));

    ServerProfiler profiler = ServerProfiler.ifRequested(applicationUrl.getPort()).orElse(null);
    printLoadAverage("start");
    // A cart of a few lines, as shoppers have: emptied (unmeasured) every fifth add.
    startProfile(profiler);
    Stats add =
        run(
            SHOPPERS,
            ROUNDS,
            (shopper, round) ->
                round % 5 == 0
                    ? app.request("DELETE", "api/cart").bearer(shoppers.get(shopper)).send()
                    : null,
            (shopper, round) -> addToCart(app, shoppers.get(shopper), pick(products)));
    stopProfile(profiler, "add-to-cart");
    run(SHOPPERS, 3, (shopper, round) -> addToCart(app, shoppers.get(shopper), pick(products)));
    startProfile(profiler);
    Stats get =
        run(
            SHOPPERS,
            ROUNDS,
            (shopper, round) ->
                app.request("GET", "api/cart").bearer(shoppers.get(shopper)).send());
    stopProfile(profiler, "get-cart");
    Stats jdbcAdd =
        runJdbc(
            SHOPPERS,
            ROUNDS,
            (db, shopper) -> jdbcAddToCart(db, shopperIds.get(shopper), pick(products)));
    run(
        SHOPPERS,
        1,
        (shopper, round) -> app.request("DELETE", "api/cart").bearer(shoppers.get(shopper)).send());
    startProfile(profiler);
    Stats checkout =
        run(
            SHOPPERS,
            CHECKOUTS,
            (shopper, round) -> {
              addToCart(app, shoppers.get(shopper), pick(products));
              return null;
            },
            (shopper, round) -> checkout(app, shoppers.get(shopper)));
    stopProfile(profiler, "checkout");
    // One shopper alone: what an operation costs when it does not queue behind fifteen others for
    // two cores (with 16 shoppers, latency is 16 / throughput whatever the code does).
    String alone = shoppers.get(0);
    run(1, 1, (shopper, round) -> app.request("DELETE", "api/cart").bearer(alone).send());
    Stats addAlone =
        run(
            1,
            ALONE_ROUNDS,
            (shopper, round) ->
                round % 5 == 0 ? app.request("DELETE", "api/cart").bearer(alone).send() : null,
            (shopper, round) -> addToCart(app, alone, pick(products)));
    Stats getAlone =
        run(
            1,
            ALONE_ROUNDS,
            (shopper, round) -> app.request("GET", "api/cart").bearer(alone).send());
    run(1, 1, (shopper, round) -> app.request("DELETE", "api/cart").bearer(alone).send());
    Stats checkoutAlone =
        run(
            1,
            CHECKOUTS,
            (shopper, round) -> addToCart(app, alone, pick(products)),
            (shopper, round) -> checkout(app, alone));
    print("add-to-cart (API)", add);
    print("add-to-cart (plain JDBC, same lock)", jdbcAdd);
    print("get-cart (API)", get);
    print("checkout (API, 1 line, approved)", checkout);
    print("add-to-cart (API, 1 shopper)", addAlone);
    print("get-cart (API, 1 shopper)", getAlone);
    print("checkout (API, 1 shopper)", checkoutAlone);

    flashSale(app, shopId, profiler);
    printLoadAverage("end");
  }

  private static void startProfile(ServerProfiler profiler) throws Exception {
    if (profiler != null) {
      profiler.start();
    }
  }

  private static void stopProfile(ServerProfiler profiler, String phase) throws Exception {
    if (profiler != null) {
      profiler.stop(phase);
    }
  }

  private static void printLoadAverage(String when) throws Exception {
    System.out.println(
        "BENCH load average at the "
            + when
            + ": "
            + Files.readString(Path.of("/proc/loadavg")).trim());
  }

  private void flashSale(Http app, long shopId, ServerProfiler profiler) throws Exception {
    long hot = listing(shopId, "Limited edition print", FLASH_UNITS);
    List<String> buyers = new ArrayList<>();
    try (Connection db = connect()) {
      for (int i = 0; i < FLASH_SHOPPERS; i++) {
        String token = token(db);
        buyers.add(token);
      }
      try (PreparedStatement cart =
          db.prepareStatement(
              "INSERT INTO cart_items (user_id, product_id, shop_id, quantity)"
                  + " SELECT user_id, ?, ?, 1 FROM sessions WHERE token_hash = ?")) {
        for (String token : buyers) {
          cart.setLong(1, hot);
          cart.setLong(2, shopId);
          cart.setString(3, sha256(token));
          cart.addBatch();
        }
        cart.executeBatch();
      }
    }
    Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Long> orderLatencies = Collections.synchronizedList(new ArrayList<>());
    ConcurrentHashMap<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(200);
    CountDownLatch start = new CountDownLatch(1);
    long began;
    List<Future<?>> futures = new ArrayList<>();
    for (String buyer : buyers) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                long t0 = System.nanoTime();
                Reply reply = checkout(app, buyer);
                long micros = (System.nanoTime() - t0) / 1_000;
                latencies.add(micros);
                if (reply.status() == 201) {
                  orderLatencies.add(micros);
                }
                counts.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
                return null;
              }));
    }
    startProfile(profiler);
    began = System.nanoTime();
    start.countDown();
    for (Future<?> future : futures) {
      future.get(10, TimeUnit.MINUTES);
    }
    long wallMicros = (System.nanoTime() - began) / 1_000;
    stopProfile(profiler, "flash-sale");
    pool.shutdownNow();
    statuses.putAll(counts);
    int sold =
        Integer.parseInt(
            scalar("SELECT COALESCE(sum(quantity), 0) FROM order_items WHERE product_id = ?", hot));
    int stock = Integer.parseInt(scalar("SELECT quantity FROM products WHERE id = ?", hot));
    Stats all = Stats.of(latencies, wallMicros);
    System.out.printf(
        "BENCH flash sale: %d shoppers, %d units: statuses %s, units sold %d, stock left %d, oversold %d%n",
        FLASH_SHOPPERS, FLASH_UNITS, statuses, sold, stock, Math.max(0, sold - FLASH_UNITS));
    print("flash-sale checkout (all replies)", all);
    System.out.printf(
        "BENCH flash sale: %d orders in %.2f s of wall time = %.0f orders/s on one hot row%n",
        orderLatencies.size(), wallMicros / 1e6, orderLatencies.size() / (wallMicros / 1e6));
    assertEquals(FLASH_UNITS, sold, "exactly the stock is sold");
    assertEquals(0, stock);
    soldOut(app, buyers);
    pgbench(shopId);
  }

  /**
   * What a sold-out answer costs once the sale is over: shoppers who still have the sold-out
   * listing in their carts check out, 16 at a time, and are told it is gone.
   */
  private static void soldOut(Http app, List<String> buyers) throws Exception {
    List<String> latecomers = new ArrayList<>();
    for (String buyer : buyers) {
      Reply cart = app.request("GET", "api/cart").bearer(buyer).send();
      if (cart.body().contains("\"itemCount\":1")) {
        latecomers.add(buyer);
      }
    }
    // The last hundred are for one shopper alone.
    int rounds = Math.max(0, latecomers.size() - 100) / SHOPPERS;
    AtomicInteger refused = new AtomicInteger();
    Stats soldOut =
        run(
            SHOPPERS,
            rounds,
            (shopper, round) -> {
              Reply reply = checkout(app, latecomers.get(round * SHOPPERS + shopper));
              if (reply.status() == 409) {
                refused.incrementAndGet();
              }
              return null;
            });
    List<String> lastOnes = latecomers.subList(rounds * SHOPPERS, latecomers.size());
    Stats soldOutAlone =
        run(
            1,
            lastOnes.size(),
            (shopper, round) -> {
              Reply reply = checkout(app, lastOnes.get(round));
              if (reply.status() == 409) {
                refused.incrementAndGet();
              }
              return null;
            });
    print("checkout of a sold-out listing", soldOut);
    print("checkout of a sold-out listing, 1 shopper", soldOutAlone);
    assertEquals(latecomers.size(), refused.get(), "every latecomer is told it is sold out");
  }

  /** pgbench on a row of its own with the same lock and update, where pgbench is installed. */
  private void pgbench(long shopId) throws Exception {
    Path pgbench = Path.of("/usr/lib/postgresql/15/bin/pgbench");
    if (!Files.isExecutable(pgbench)) {
      System.out.println("BENCH pgbench: not installed, skipped");
      return;
    }
    long row = listing(shopId, "pgbench row", 100_000_000);
    Path script = Files.createTempFile("hot-row", ".sql");
    Files.writeString(
        script,
        "BEGIN;\nSELECT quantity FROM products WHERE id = "
            + row
            + " FOR UPDATE;\n"
            + "UPDATE products SET quantity = quantity - 1 WHERE id = "
            + row
            + " AND quantity >= 1;\n"
            + "COMMIT;\n");
    String url = System.getProperty("it.db.url");
    String port = url.replaceAll(".*:(\\d+)/.*", "$1");
    String database = url.replaceAll(".*/([^/?]+).*", "$1");
    Process process =
        new ProcessBuilder(
                pgbench.toString(),
                "-h",
                "127.0.0.1",
                "-p",
                port,
                "-U",
                "postgres",
                "-n",
                "-c",
                "16",
                "-j",
                "2",
                "-T",
                "10",
                "-f",
                script.toString(),
                database)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    output
        .lines()
        .filter(line -> line.contains("tps") || line.contains("latency"))
        .forEach(line -> System.out.println("BENCH pgbench hot row (16 clients): " + line.trim()));
  }

  private interface Step {
    Object run(int shopper, int round) throws Exception;
  }

  private interface JdbcStep {
    void run(Connection db, int shopper) throws Exception;
  }

  private static Stats run(int threads, int rounds, Step measured) throws Exception {
    return run(threads, rounds, (shopper, round) -> null, measured);
  }

  /**
   * {@code threads} shoppers each doing {@code rounds} times an unmeasured step then a measured
   * one.
   */
  private static Stats run(int threads, int rounds, Step before, Step measured) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    long began = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int shopper = t;
      futures.add(
          pool.submit(
              () -> {
                for (int round = 0; round < rounds; round++) {
                  before.run(shopper, round);
                  long t0 = System.nanoTime();
                  Object result = measured.run(shopper, round);
                  micros.add((System.nanoTime() - t0) / 1_000);
                  if (result instanceof Reply reply && reply.status() >= 300) {
                    failures.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : futures) {
      future.get(10, TimeUnit.MINUTES);
    }
    pool.shutdownNow();
    Stats stats = Stats.of(micros, (System.nanoTime() - began) / 1_000);
    if (failures.get() > 0) {
      System.out.println("BENCH failures: " + failures.get());
    }
    return stats;
  }

  private static Stats runJdbc(int threads, int rounds, JdbcStep step) throws Exception {
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Connection db = connect();
      db.setAutoCommit(false);
      connections.add(db);
    }
    try {
      return run(
          threads,
          rounds,
          (shopper, round) -> {
            step.run(connections.get(shopper), shopper);
            return null;
          });
    } finally {
      for (Connection db : connections) {
        db.close();
      }
    }
  }

  /** The cart's add in plain JDBC: lock the listing, read the line, compare, upsert, commit. */
  private static void jdbcAddToCart(Connection db, long userId, long productId)
      throws SQLException {
    try (PreparedStatement lock =
            db.prepareStatement(
                "SELECT p.id, p.shop_id, p.title, p.quantity, p.status FROM products p JOIN shops s ON s.id = p.shop_id"
                    + " WHERE p.id = ? AND p.status IN ('ACTIVE', 'SOLD_OUT') AND s.status = 'ACTIVE' FOR UPDATE OF p");
        PreparedStatement line =
            db.prepareStatement(
                "SELECT quantity FROM cart_items WHERE user_id = ? AND product_id = ?");
        PreparedStatement upsert =
            db.prepareStatement(
                "INSERT INTO cart_items (user_id, product_id, shop_id, quantity) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (user_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity")) {
      lock.setLong(1, productId);
      long shopId;
      int stock;
      try (ResultSet rows = lock.executeQuery()) {
        rows.next();
        shopId = rows.getLong(2);
        stock = rows.getInt(4);
      }
      line.setLong(1, userId);
      line.setLong(2, productId);
      int inCart = 0;
      try (ResultSet rows = line.executeQuery()) {
        if (rows.next()) {
          inCart = rows.getInt(1);
        }
      }
      int total = Math.min(inCart + 1, 99);
      if (total <= stock) {
        upsert.setLong(1, userId);
        upsert.setLong(2, productId);
        upsert.setLong(3, shopId);
        upsert.setInt(4, total);
        upsert.executeUpdate();
      }
      db.commit();
    }
  }

  private static Reply addToCart(Http app, String token, long productId) {
    return app.request("POST", "api/cart/items")
        .bearer(token)
        .json("{\"productId\": " + productId + ", \"quantity\": 1}")
        .send();
  }

  /**
   * What every checkout here agrees to pay: one listing at 9.50 and the standard shipping profile's
   * 15.00 from the United States to Great Britain.
   */
  private static final String ONE_LINE_TOTAL = "24.50";

  private static Reply checkout(Http app, String token) {
    return app.request("POST", "api/checkout")
        .bearer(token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json(
            "{\"shippingAddress\": {\"name\": \"Bench\", \"line1\": \"1 Road\", \"city\": \"Leeds\", \"postalCode\": \"LS1\","
                + " \"country\": \"GB\"}, \"payment\": {\"paymentMethodId\": \"pm_card_visa\"},"
                + " \"expectedTotal\": "
                + ONE_LINE_TOTAL
                + "}")
        .send();
  }

  /**
   * A minimal HTTP/1.1 client with a connection pool, as browsers and load balancers talk to
   * Payara.
   */
  private static final class Http {
    private final java.net.http.HttpClient client =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    private final java.net.URI base;

    Http(java.net.URI base) {
      this.base = base;
    }

    Call request(String method, String path) {
      return new Call(method, base.resolve(path));
    }

    final class Call {
      private final java.net.http.HttpRequest.Builder builder;
      private final String method;
      private String body;

      Call(String method, java.net.URI uri) {
        this.method = method;
        this.builder =
            java.net.http.HttpRequest.newBuilder(uri).timeout(java.time.Duration.ofSeconds(60));
      }

      Call bearer(String token) {
        builder.header("Authorization", "Bearer " + token);
        return this;
      }

      Call header(String name, String value) {
        builder.header(name, value);
        return this;
      }

      Call json(String json) {
        builder.header("Content-Type", "application/json");
        body = json;
        return this;
      }

      Reply send() {
        try {
          var response =
              client.send(
                  builder
                      .method(
                          method,
                          body == null
                              ? java.net.http.HttpRequest.BodyPublishers.noBody()
                              : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
          return new Reply(
              response.statusCode(),
              response.headers().firstValue("Content-Type").orElse(""),
              response.body(),
              Map.of());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static long pick(List<Long> products) {
    return products.get(ThreadLocalRandom.current().nextInt(products.size()));
  }

  private record Stats(int count, long p50, long p95, long p99, double perSecond) {
    static Stats of(List<Long> micros, long wallMicros) {
      List<Long> sorted = new ArrayList<>(micros);
      Collections.sort(sorted);
      return new Stats(
          sorted.size(),
          at(sorted, 0.50),
          at(sorted, 0.95),
          at(sorted, 0.99),
          sorted.size() / (wallMicros / 1e6));
    }

    private static long at(List<Long> sorted, double quantile) {
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
  }

  private static void print(String what, Stats stats) {
    System.out.printf(
        "BENCH %-40s n=%5d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %7.0f ops/s%n",
        what,
        stats.count(),
        stats.p50() / 1000.0,
        stats.p95() / 1000.0,
        stats.p99() / 1000.0,
        stats.perSecond());
  }

  private static long shop() throws SQLException {
    long owner =
        Long.parseLong(
            scalar(
                "INSERT INTO users (email, display_name, password_hash) VALUES (?, 'Bench', 'x') RETURNING id",
                "bench-" + UUID.randomUUID() + "@example.org"));
    return Long.parseLong(
        scalar(
            "INSERT INTO shops (owner_id, name, slug) VALUES (?, 'Bench', ?) RETURNING id",
            owner,
            "bench-" + UUID.randomUUID()));
  }

  private static long listing(long shopId, String title, int quantity) throws SQLException {
    return Long.parseLong(
        scalar(
            "INSERT INTO products (shop_id, category_id, title, price, quantity, status) VALUES (?, 501, ?, 9.50, ?, 'ACTIVE') RETURNING id",
            shopId,
            title,
            quantity));
  }

  private static String token() throws SQLException {
    try (Connection db = connect()) {
      return token(db);
    }
  }

  private static String token(Connection db) throws SQLException {
    long userId;
    try (PreparedStatement user =
        db.prepareStatement(
            "INSERT INTO users (email, display_name, password_hash) VALUES (?, 'Bench', 'x') RETURNING id")) {
      user.setString(1, "bench-" + UUID.randomUUID() + "@example.org");
      try (ResultSet rows = user.executeQuery()) {
        rows.next();
        userId = rows.getLong(1);
      }
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try (PreparedStatement role =
            db.prepareStatement("INSERT INTO user_roles (user_id, role) VALUES (?, 'SHOPPER')");
        PreparedStatement session =
            db.prepareStatement(
                "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, now() + interval '1 day')")) {
      role.setLong(1, userId);
      role.executeUpdate();
      session.setString(1, sha256(token));
      session.setLong(2, userId);
      session.executeUpdate();
    }
    return token;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String scalar(String query, Object... parameters) throws SQLException {
    try (Connection db = connect();
        PreparedStatement prepared = db.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = prepared.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
