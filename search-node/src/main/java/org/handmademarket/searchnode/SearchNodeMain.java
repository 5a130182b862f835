package org.handmademarket.searchnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.api.LayoutComponentBuilder;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.handmademarket.searchnode.analysis.SearchNodeAnalysisPlugin;
import org.handmademarket.searchnode.rest.RootInfoPlugin;

/**
 * Starts a single-node Elasticsearch server bound to 127.0.0.1 and keeps it running until its
 * standard input reaches end-of-file or the JVM is asked to stop.
 *
 * <p>Usage: {@code SearchNodeMain --home <dir> [--http-port <port>] [--transport-port <port>]
 * [--ignore-stdin]}. Port 0 picks a free port. Once the cluster is at least yellow, exactly one
 * line {@code search node ready http://127.0.0.1:<httpPort>} is written to standard output; nothing
 * else is. Logs at WARN and above go to {@code <home>/logs/search-node.log}, errors also to
 * standard error.
 *
 * <p>Watching standard input ties the server's life to its parent: when the parent dies or closes
 * the pipe, the server closes cleanly instead of lingering and holding its ports and data directory
 * lock.
 */
public final class SearchNodeMain {

  /** The prefix of the single line printed on standard output once the node serves requests. */
  public static final String READY_PREFIX = "search node ready ";

  static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4Plugin.class, SearchNodeAnalysisPlugin.class, RootInfoPlugin.class);

  private static final String LOOPBACK = "127.0.0.1";
  private static final TimeValue STARTUP_TIMEOUT = TimeValue.timeValueSeconds(60);

  private SearchNodeMain() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    // Kept aside so the ready line reaches the real standard output even if a library redirects
    // System.out.
    PrintStream stdout = System.out;
    try {
      run(options, stdout);
    } catch (Throwable e) {
      System.err.println("search node failed: " + e);
      e.printStackTrace(System.err);
      System.exit(1);
    }
  }

  private static void run(Options options, PrintStream stdout) throws Exception {
    Path home = options.home().toAbsolutePath().normalize();
    Path config = Files.createDirectories(home.resolve("config"));
    Path data = Files.createDirectories(home.resolve("data"));
    Path logs = Files.createDirectories(home.resolve("logs"));
    applyJvmDefaults(home);
    configureLogging(logs);

    Settings settings =
        Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", data.toString())
            .put("path.logs", logs.toString())
            .put("cluster.name", "search-node")
            .put("node.name", "search-node")
            .put("discovery.type", "single-node")
            .put("network.host", LOOPBACK)
            .put("http.port", options.httpPort())
            .put("transport.port", options.transportPort())
            // Developer disks are often fuller than the production watermarks allow.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // Tests wipe indices with wildcards between runs.
            .put("action.destructive_requires_name", false)
            .build();
    Environment environment =
        InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), config, () -> "search-node");

    Node node = new ClasspathPluginsNode(environment, PLUGINS);
    CountDownLatch stopRequested = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> closeQuietly(node), "search-node-shutdown"));

    node.start();
    ClusterHealthResponse health =
        node.client()
            .admin()
            .cluster()
            .prepareHealth(STARTUP_TIMEOUT)
            .setWaitForYellowStatus()
            .setTimeout(STARTUP_TIMEOUT)
            .get();
    if (health.isTimedOut()) {
      throw new IllegalStateException(
          "cluster did not reach yellow within " + STARTUP_TIMEOUT + ": " + health.getStatus());
    }
    int httpPort =
        node.injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress()
            .getPort();
    stdout.println(READY_PREFIX + "http://" + LOOPBACK + ":" + httpPort);
    stdout.flush();

    if (options.watchStdin()) {
      watchForEndOfInput(System.in, stopRequested);
    }
    stopRequested.await();
    // Exiting runs the shutdown hook, which closes the node; Elasticsearch's threads are not
    // daemons.
    System.exit(0);
  }

  /**
   * System properties that the distribution sets in its jvm.options and that can still take effect
   * here, because the classes reading them are not loaded yet. Values given with -D on the command
   * line win.
   */
  private static void applyJvmDefaults(Path home) throws IOException {
    // Without the distribution's native libraries Elasticsearch fails unless this points somewhere;
    // an empty directory makes it fall back to pure Java.
    if (System.getProperty("es.nativelibs.path") == null) {
      System.setProperty(
          "es.nativelibs.path", Files.createDirectories(home.resolve("native")).toString());
    }
    // Netty then avoids sun.misc.Unsafe, which newer JDKs warn about on standard error.
    System.setProperty("io.netty.noUnsafe", System.getProperty("io.netty.noUnsafe", "true"));
    System.setProperty(
        "io.netty.noKeySetOptimization",
        System.getProperty("io.netty.noKeySetOptimization", "true"));
    System.setProperty(
        "io.netty.recycler.maxCapacityPerThread",
        System.getProperty("io.netty.recycler.maxCapacityPerThread", "0"));
    // Log4j's own shutdown hook could stop logging while ours is still closing the node.
    System.setProperty(
        "log4j.shutdownHookEnabled", System.getProperty("log4j.shutdownHookEnabled", "false"));
    System.setProperty("log4j2.disable.jmx", System.getProperty("log4j2.disable.jmx", "true"));
  }

  private static void configureLogging(Path logs) {
    LogConfigurator.configureESLogging();
    ConfigurationBuilder<BuiltConfiguration> builder =
        ConfigurationBuilderFactory.newConfigurationBuilder();
    builder.setStatusLevel(Level.ERROR);
    builder.setConfigurationName("search-node");
    LayoutComponentBuilder layout =
        builder
            .newLayout("PatternLayout")
            .addAttribute("pattern", "[%d{ISO8601}][%-5level][%c{1.}] %m%n");
    builder.add(
        builder
            .newAppender("file", "File")
            .addAttribute("fileName", logs.resolve("search-node.log").toString())
            .addAttribute("append", true)
            .add(layout));
    builder.add(
        builder
            .newAppender("stderr", "Console")
            .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
            .add(layout)
            .add(
                builder
                    .newFilter("ThresholdFilter", Filter.Result.ACCEPT, Filter.Result.DENY)
                    .addAttribute("level", Level.ERROR)));
    builder.add(
        builder
            .newRootLogger(Level.WARN)
            .add(builder.newAppenderRef("file"))
            .add(builder.newAppenderRef("stderr")));
    // Without the distribution's native libraries this logs a stack trace on every start; that is
    // expected here.
    builder.add(builder.newLogger("org.elasticsearch.nativeaccess", Level.ERROR));
    Configurator.reconfigure(builder.build());
    routeJavaUtilLogging();
  }

  /** Lucene reports through java.util.logging, which would otherwise print to standard error. */
  private static void routeJavaUtilLogging() {
    java.util.logging.Logger root = java.util.logging.LogManager.getLogManager().getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    root.setLevel(java.util.logging.Level.WARNING);
    Formatter formatter = new SimpleFormatter();
    root.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            Level level =
                record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    ? Level.ERROR
                    : Level.WARN;
            String name = record.getLoggerName() == null ? "jul" : record.getLoggerName();
            LogManager.getLogger(name)
                .log(level, formatter.formatMessage(record), record.getThrown());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private static void watchForEndOfInput(InputStream in, CountDownLatch stopRequested) {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone, just like end-of-file.
              }
              stopRequested.countDown();
            },
            "search-node-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void closeQuietly(Node node) {
    try {
      node.close();
      if (node.awaitClose(10, TimeUnit.SECONDS) == false) {
        System.err.println("search node did not close within 10s");
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("search node failed to close: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Command-line options. */
  record Options(Path home, int httpPort, int transportPort, boolean watchStdin) {

    static final String USAGE =
        "usage: SearchNodeMain --home <dir> [--http-port <port>] [--transport-port <port>] [--ignore-stdin]";

    static Options parse(String[] args) {
      Path home = null;
      int httpPort = 9200;
      int transportPort = 9300;
      boolean watchStdin = true;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--home" -> home = Path.of(value(args, ++i, "--home"));
          case "--http-port" -> httpPort = port(value(args, ++i, "--http-port"));
          case "--transport-port" -> transportPort = port(value(args, ++i, "--transport-port"));
          case "--ignore-stdin" -> watchStdin = false;
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (home == null) {
        throw new IllegalArgumentException("--home is required");
      }
      return new Options(home, httpPort, transportPort, watchStdin);
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[index];
    }

    private static int port(String text) {
      try {
        int port = Integer.parseInt(text);
        if (port < 0 || port > 65535) {
          throw new IllegalArgumentException("port out of range: " + text);
        }
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a port: " + text);
      }
    }
  }
}
