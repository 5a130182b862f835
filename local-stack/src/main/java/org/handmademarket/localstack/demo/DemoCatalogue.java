package org.handmademarket.localstack.demo;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Loads the demo catalogue into a database that has the marketplace schema and no shops yet:
 * generates it from the seed, writes it with COPY in one transaction, paints the photos that are
 * missing meanwhile, and reports each phase with its time.
 *
 * <p>Run on its own ({@link #main}) to load any size, e.g. 200,000 listings for benchmarks; the
 * local stack calls {@link #loadIfEmpty} after the application has migrated the schema.
 */
public final class DemoCatalogue {

  /** Tables the load fills, analysed afterwards so that the first queries get good plans. */
  private static final List<String> TABLES =
      List.of(
          "users",
          "user_roles",
          "shops",
          "shipping_profiles",
          "products",
          "product_tags",
          "product_materials",
          "product_images",
          "favorites",
          "product_views",
          "checkouts",
          "orders",
          "order_items",
          "order_events",
          "payments",
          "reviews",
          "review_replies",
          "listing_ratings");

  private final DemoOptions options;
  private final PrintStream out;

  public DemoCatalogue(DemoOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** What a call to {@link #loadIfEmpty} did. */
  public record Outcome(boolean loaded, double seconds, List<DemoAccount> accounts) {}

  public static void main(String[] args) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(DemoOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      Outcome outcome = new DemoCatalogue(options, System.out).loadIfEmpty();
      System.out.println();
      System.out.print(describe(outcome.accounts()));
    } catch (Exception e) {
      System.err.println("The demo catalogue could not be loaded: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Loads the catalogue unless the database already has shops (a catalogue, or real data). Either
   * way returns the demo accounts that exist in the database afterwards.
   */
  public Outcome loadIfEmpty() throws Exception {
    long began = System.nanoTime();
    // Background work gets threads of its own: the common fork-join pool has a single worker on two
    // cores, and it must stay free to generate listings.
    ExecutorService background = Executors.newCachedThreadPool(daemonThreads("demo-catalogue"));
    try {
      return load(began, background);
    } finally {
      background.shutdownNow();
    }
  }

  private Outcome load(long began, ExecutorService background) throws Exception {
    // The slow part of the accounts does not need the database: start it first.
    CompletableFuture<Map<String, String>> hashes =
        CompletableFuture.supplyAsync(() -> DemoAccounts.hashPasswords(options.seed()), background);
    try (Connection connection =
        DriverManager.getConnection(options.jdbcUrl(), options.user(), options.password())) {
      connection.setAutoCommit(false);
      IdBase ids = claimEmptyDatabase(connection);
      if (ids == null) {
        connection.rollback();
        step("Demo catalogue: the database already has shops; nothing loaded");
        return new Outcome(false, seconds(began), existingAccounts(connection));
      }
      step(
          String.format(
              Locale.ROOT,
              "Demo catalogue: %,d listings in %,d shops (seed %d)",
              options.listings(),
              options.shops(),
              options.seed()));
      long hashing = System.nanoTime();
      Map<String, String> passwordHashes = join(hashes);
      detail(
          "passwords hashed (PBKDF2, %,d iterations), waited %.1f s",
          PasswordHasher.ITERATIONS, seconds(hashing));
      // The first rows need the hashes, no row needs the photos: paint them from now on.
      CompletableFuture<Integer> photos = paintPhotosInBackground(background);
      ProgressSink progress =
          new ProgressSink(new PostgresCatalogueWriter(connection), options.listings(), out);
      new CatalogueGenerator(
              options.seed(),
              options.shops(),
              options.listings(),
              ids,
              passwordHashes,
              options.photoVariants())
          .generate(progress);
      long finishing = System.nanoTime();
      progress.writer().finish();
      ShopImages.assign(connection, ids);
      int reviews = DemoReviews.write(connection, options.seed(), DemoAccounts.SHOPPER_EMAIL);
      detail(
          "%,d reviews of delivered orders; shop and listing ratings computed from them", reviews);
      int announced = announceShops(connection, ids);
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE " + String.join(", ", TABLES));
      }
      detail(
          "committed and analysed in %.1f s; %,d shops announced to the search indexer",
          seconds(finishing), announced);

      long waiting = System.nanoTime();
      int painted = join(photos);
      detail(
          painted == 0
              ? "photos: all %,d already in %s"
              : "photos: %,d painted into %s (waited %.1f s after the database)",
          painted == 0 ? DemoPhotos.count(options.photoVariants()) : painted,
          options.imagesDir().resolve("demo"),
          seconds(waiting));
      double total = seconds(began);
      step(String.format(Locale.ROOT, "Demo catalogue loaded in %.1f s", total));
      return new Outcome(true, total, DemoAccounts.printable());
    }
  }

  /**
   * Takes a lock that keeps shops from being created meanwhile, then checks that there are none.
   *
   * @return the ids already in use, or null if the database has shops
   */
  private static IdBase claimEmptyDatabase(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet schema = statement.executeQuery("SELECT to_regclass('shops') IS NOT NULL")) {
        schema.next();
        if (!schema.getBoolean(1)) {
          throw new SQLException(
              "the database has no marketplace schema: start the application once (it runs the"
                  + " Flyway migrations)");
        }
      }
      statement.execute("LOCK TABLE shops IN SHARE ROW EXCLUSIVE MODE");
      try (ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM shops)")) {
        rows.next();
        if (rows.getBoolean(1)) {
          return null;
        }
      }
      try (ResultSet max =
          statement.executeQuery(
              "SELECT (SELECT coalesce(max(id), 0) FROM users), (SELECT coalesce(max(id), 0) FROM"
                  + " shops), (SELECT coalesce(max(id), 0) FROM products)")) {
        max.next();
        return new IdBase(max.getLong(1), max.getLong(2), max.getLong(3));
      }
    }
  }

  /**
   * Announces every loaded shop in the outbox, in the load's transaction, as the catalogue
   * announces its own changes ({@code shop.changed}): the search indexer then indexes the shops'
   * listings, also when the application was already running with an empty index.
   */
  private static int announceShops(Connection connection, IdBase ids) throws SQLException {
    try (PreparedStatement announce =
        connection.prepareStatement(
            "INSERT INTO outbox (aggregate_type, aggregate_id, event_type)"
                + " SELECT 'SHOP', id, 'shop.changed' FROM shops WHERE id > ? ORDER BY id")) {
      announce.setLong(1, ids.shops());
      return announce.executeUpdate();
    }
  }

  private static List<DemoAccount> existingAccounts(Connection connection) throws SQLException {
    List<DemoAccount> existing = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM users WHERE lower(email) = ?")) {
      for (DemoAccount account : DemoAccounts.printable()) {
        query.setString(1, account.email());
        try (ResultSet row = query.executeQuery()) {
          if (row.next()) {
            existing.add(account);
          }
        }
      }
    }
    return existing;
  }

  private CompletableFuture<Integer> paintPhotosInBackground(ExecutorService background) {
    // As many painters as cores: while the database load runs they share the machine with it, and
    // once
    // it is done they have the machine to themselves, which finishes soonest overall.
    int threads = Runtime.getRuntime().availableProcessors();
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return DemoPhotos.paintMissing(options.imagesDir(), options.photoVariants(), threads)
                + ShopImages.paintMissing(options.imagesDir());
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        },
        background);
  }

  static ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The demo sign-ins as the local stack and the command line print them. */
  public static String describe(List<DemoAccount> accounts) {
    if (accounts.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("Demo accounts (local demo data only):\n");
    for (DemoAccount account : accounts) {
      text.append(
          String.format(
              Locale.ROOT,
              "  %-30s %-19s %s%n",
              account.email(),
              account.password(),
              String.join(", ", account.roles())));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "  %-30s %-19s %s%n",
            "seller<n>@" + DemoAccounts.GENERATED_SELLER_DOMAIN,
            DemoAccounts.SELLER_PASSWORD,
            "the other shops' owners"));
    // Staff sign in with a code as well (docs/security.md): no demo secret is shared by everyone.
    text.append(
        "  SUPPORT and ADMIN set up an authenticator app (QR code) at their first sign-in.\n");
    return text.toString();
  }

  private static <T> T join(CompletableFuture<T> future) throws Exception {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private void step(String message) {
    out.println("==> " + message);
  }

  private void detail(String format, Object... arguments) {
    out.println("    " + String.format(Locale.ROOT, format, arguments));
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
