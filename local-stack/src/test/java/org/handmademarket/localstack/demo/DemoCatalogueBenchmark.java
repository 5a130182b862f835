package org.handmademarket.localstack.demo;

import java.lang.management.ManagementFactory;
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
        Path data = run.resolve("postgres");
        try (MigratedDatabase database = MigratedDatabase.start(data)) {
          DemoOptions options =
              new DemoOptions(
                  database.jdbcUrl(),
                  "postgres",
                  "",
                  listings,
                  DemoOptions.defaultShops(listings),
                  DemoOptions.DEFAULT_SEED,
                  run.resolve("images"),
                  DemoOptions.DEFAULT_PHOTO_VARIANTS);
          double javaCpu = javaCpuSeconds();
          double postgresCpu = postgresCpuSeconds(data);
          DemoCatalogue.Outcome outcome = new DemoCatalogue(options, System.out).loadIfEmpty();
          // The load's connection has closed: its backend's CPU time now counts to the postmaster.
          Thread.sleep(500);
          results.add(
              String.format(
                  Locale.ROOT,
                  "%,9d listings, %,6d shops: %6.1f s including photos (CPU: Java %.1f s,"
                      + " PostgreSQL %s; machine load %.1f); database %s",
                  listings,
                  options.shops(),
                  outcome.seconds(),
                  javaCpuSeconds() - javaCpu,
                  postgresCpu < 0
                      ? "n/a"
                      : String.format(
                          Locale.ROOT, "%.1f s", postgresCpuSeconds(data) - postgresCpu),
                  ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
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

  private static double javaCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /**
   * CPU time of the PostgreSQL server and its finished children, from /proc (Linux; -1 elsewhere):
   * on a shared machine the wall-clock time says little, the CPU time says what the load costs.
   */
  private static double postgresCpuSeconds(Path dataDirectory) {
    try {
      String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip();
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = 0;
      for (int i = 11; i <= 14; i++) { // utime, stime, cutime, cstime
        ticks += Long.parseLong(fields[i]);
      }
      return ticks / 100.0; // USER_HZ, 100 on Linux
    } catch (Exception e) {
      return -1;
    }
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
