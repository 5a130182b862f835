package org.handmademarket.localstack;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.handmademarket.localstack.demo.DemoAccount;
import org.handmademarket.localstack.demo.DemoCatalogue;
import org.handmademarket.localstack.demo.DemoOptions;

/**
 * The one-command local marketplace: starts PostgreSQL, Redis and Elasticsearch, then Payara Micro
 * with the WAR, loads the demo catalogue into a fresh database, prints where everything is (and the
 * demo accounts), and stops it all on Ctrl-C.
 *
 * <p>Arguments: {@code --war FILE --payara-micro FILE --search-node-lib DIR --data DIR [--reset]}.
 * Ports come from the environment ({@code MARKETPLACE_HTTP_PORT}, {@code MARKETPLACE_DB_PORT},
 * {@code MARKETPLACE_REDIS_PORT}, {@code MARKETPLACE_ES_PORT}, {@code
 * MARKETPLACE_ES_TRANSPORT_PORT}), and the demo catalogue's size from {@code
 * MARKETPLACE_DEMO_LISTINGS} (default 25,000; 0 for none).
 *
 * <p>With {@code MARKETPLACE_INSTANCES=2} (scripts/run-cluster.sh) it runs two instances behind
 * nginx instead of one, the layout of a production cluster: see {@link StackOptions}.
 */
public final class LocalStack {

  private final StackOptions options;
  private BackingServices services;
  private final List<PayaraMicro> instances = new ArrayList<>();
  private Nginx balancer;

  private LocalStack(StackOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    StackOptions options = StackOptions.parse(args, System.getenv());
    LocalStack stack = new LocalStack(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.stop();
                  stopped.countDown();
                },
                "local-stack-shutdown"));
    try {
      stack.start();
    } catch (Exception | Error e) {
      System.err.println();
      System.err.println("The local stack could not start: " + e.getMessage());
      System.exit(1);
    }
    stopped.await();
  }

  private void start() throws Exception {
    long began = System.nanoTime();
    if (options.reset()) {
      step("Resetting local data in " + options.dataDirectory());
      Directories.deleteRecursively(options.dataDirectory());
    }
    Files.createDirectories(options.dataDirectory());
    services =
        BackingServices.in(
            options.dataDirectory(),
            options.databasePort(),
            options.redisPort(),
            options.searchPort(),
            options.searchTransportPort(),
            options.smtpPort(),
            options.imapPort(),
            options.searchNodeClasspath());
    step(
        "Starting PostgreSQL (:"
            + options.databasePort()
            + "), Redis (:"
            + options.redisPort()
            + "), Elasticsearch (:"
            + options.searchPort()
            + ") and the mail server (SMTP :"
            + options.smtpPort()
            + ", IMAP :"
            + options.imapPort()
            + ")");
    services.start();
    step(String.format(Locale.ROOT, "Backing services up after %.1f s", seconds(began)));
    Map<String, String> config = new LinkedHashMap<>(services.applicationConfig());
    // Links in mails lead to the stack's own front door (nginx when clustered).
    config.put("notifications.link.base-url", "http://127.0.0.1:" + options.httpPort());
    for (int i = 0; i < options.instances(); i++) {
      PayaraMicro instance =
          new PayaraMicro(
              options.payaraMicroJar(),
              options.war(),
              options.instancePort(i),
              options.dataDirectory().resolve(i == 0 ? "payara" : "payara-" + (i + 1)),
              config,
              options.logFormat());
      instances.add(instance);
      step(
          "Starting Payara Micro with the marketplace on :"
              + options.instancePort(i)
              + " (log: "
              + instance.logFile()
              + ")");
      // One after the other: the first one migrates the schema and builds the search index on its
      // own.
      instance.start();
    }
    if (options.clustered()) {
      balancer =
          new Nginx(
              options.httpPort(),
              instances.stream().map(PayaraMicro::httpPort).toList(),
              options.dataDirectory().resolve("nginx"));
      step(
          "Starting nginx on :"
              + options.httpPort()
              + " in front of "
              + instances.size()
              + " instances (log: "
              + balancer.accessLog()
              + ")");
      balancer.start();
    }
    List<DemoAccount> demoAccounts = loadDemoCatalogue();
    printReady(seconds(began), demoAccounts);
  }

  /**
   * Fills a fresh database with the demo catalogue, now that the application has created the
   * schema. A database that already has shops is left alone. A failure is reported but does not
   * stop the stack: the marketplace works without demo data.
   */
  private List<DemoAccount> loadDemoCatalogue() {
    if (options.demoListings() == 0) {
      return List.of();
    }
    EmbeddedDatabase database = services.database();
    try {
      return new DemoCatalogue(
              DemoOptions.forLocalStack(
                  database.jdbcUrl(),
                  "postgres",
                  "",
                  options.demoListings(),
                  services.storageDirectory()),
              System.out)
          .loadIfEmpty()
          .accounts();
    } catch (Exception e) {
      System.err.println("The demo catalogue was not loaded: " + e.getMessage());
      return List.of();
    }
  }

  private void printReady(double seconds, List<DemoAccount> demoAccounts) {
    String base = balancer != null ? balancer.baseUrl() : instances.get(0).baseUrl();
    // nginx does not forward the operator endpoints: they are on an instance's own port.
    String operator = instances.get(0).baseUrl();
    System.out.printf(
        Locale.ROOT,
        """

        Handmade Market is running (ready in %.1f s, %s resident memory).
          Storefront   %s/
          API          %s/api/categories
          Status       %s/api/status
          OpenAPI      %s/openapi
          Health       %s/health/ready
          Metrics      %s/metrics
          PostgreSQL   jdbc:postgresql://127.0.0.1:%d/postgres (user postgres)
          Redis        127.0.0.1:%d
          Elasticsearch %s
          Mail         every mail sent goes to the SMTP server on 127.0.0.1:%d; read them with any
                       IMAP client at 127.0.0.1:%d (user: the recipient's address, any password),
                       or as an admin in the console's mail log (%s/console/support/mails.xhtml)
          Data         %s (start with --reset to begin afresh)
        %sPress Ctrl-C to stop everything.
        %n""",
        seconds,
        ProcessMemory.describeTree(),
        base,
        base,
        base,
        operator,
        operator,
        operator,
        options.databasePort(),
        options.redisPort(),
        services.search().url(),
        options.smtpPort(),
        options.imapPort(),
        base,
        options.dataDirectory().toAbsolutePath(),
        DemoCatalogue.describe(demoAccounts));
  }

  private synchronized void stop() {
    if (balancer != null) {
      step("Stopping nginx");
      balancer.stop();
      balancer = null;
    }
    if (!instances.isEmpty()) {
      step("Stopping Payara Micro");
      instances.forEach(PayaraMicro::stop);
      instances.clear();
    }
    if (services != null) {
      step("Stopping Elasticsearch, Redis and PostgreSQL");
      services.close();
      services = null;
      step("Stopped.");
    }
  }

  private static void step(String message) {
    System.out.println("==> " + message);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
