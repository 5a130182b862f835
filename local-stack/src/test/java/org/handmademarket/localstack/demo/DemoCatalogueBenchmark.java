package org.handmademarket.localstack.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.handmademarket.localstack.Directories;

/**
 * Loads demo catalogues of the given sizes (default 25,000 and 200,000 listings), each into a fresh
 * embedded PostgreSQL with the real schema and a fresh image directory, and prints how long each
 * took. Prints numbers rather than asserting them: timings depend on the machine. Run with {@code
 * ./mvnw -pl local-stack -am -Pdemo-benchmark -DskipTests verify} (see docs/performance.md).
 */
public final class DemoCatalogueBenchmark {

  private DemoCatalogueBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      sizes.add(Integer.parseInt(arg.replace("_", "").replace(",", "")));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(DemoOptions.DEFAULT_LISTINGS, 200_000);
    }
    Path work = Files.createTempDirectory("demo-benchmark");
    List<String> results = new ArrayList<>();
    try {
      for (int listings : sizes) {
        Path run = work.resolve(String.valueOf(listings));
        try (MigratedDatabase database = MigratedDatabase.start(run.resolve("postgres"))) {
          DemoOptions options =
              new DemoOptions(
                  database.jdbcUrl(),
                  "postgres",
                  "",
                  listings,
                  DemoOptions.defaultShops(listings),
                  DemoOptions.DEFAULT_SEED,
                  run.resolve("images"));
          DemoCatalogue.Outcome outcome = new DemoCatalogue(options, System.out).loadIfEmpty();
          results.add(
              String.format(
                  Locale.ROOT,
                  "%,9d listings, %,6d shops: %6.1f s including photos; database size %s",
                  listings,
                  options.shops(),
                  outcome.seconds(),
                  databaseSize(database.jdbcUrl())));
        }
        Directories.deleteRecursively(run);
      }
    } finally {
      Directories.deleteRecursively(work);
    }
    System.out.printf(
        Locale.ROOT,
        "%nDemo catalogue benchmark (%d cores, Java %s):%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    results.forEach(line -> System.out.println("  " + line));
  }

  private static String databaseSize(String jdbcUrl) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
      row.next();
      return row.getString(1);
    }
  }
}
