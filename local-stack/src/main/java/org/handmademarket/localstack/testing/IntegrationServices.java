package org.handmademarket.localstack.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.handmademarket.localstack.BackingServices;
import org.handmademarket.localstack.Directories;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts PostgreSQL, Redis and Elasticsearch before the first integration test and stops them after
 * the last one. Active only when the build sets {@code marketplace.it.services=start} (the failsafe
 * runs of the modules that deploy the application), so unit-test runs stay fast.
 *
 * <p>Publishes, as system properties: {@code it.app.options} (the {@code -D} options that point an
 * application server at the services, used in arquillian.xml) and {@code it.db.url}, {@code
 * it.redis.port}, {@code it.es.url} for the tests themselves.
 */
public final class IntegrationServices implements LauncherSessionListener {

  private static volatile BackingServices current;

  /** The running services, for tests that stop and restart one of them. */
  public static BackingServices current() {
    if (current == null) {
      throw new IllegalStateException(
          "The integration services are not running: set marketplace.it.services=start");
    }
    return current;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"start".equals(System.getProperty("marketplace.it.services")) || current != null) {
      return;
    }
    Path data = Path.of(System.getProperty("marketplace.it.data", "target/it-services"));
    Path searchClasspath =
        Path.of(
            System.getProperty(
                "marketplace.search-node.lib", "../search-node/target/search-node-lib"));
    BackingServices services = BackingServices.onFreePorts(data, searchClasspath);
    try {
      Directories.deleteRecursively(data);
      services.start();
    } catch (Exception e) {
      services.close();
      // The test fork reports only this message: it names every cause, down to the process's.
      StringBuilder causes = new StringBuilder("Could not start the integration services");
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        causes.append(": ").append(cause.getMessage());
      }
      throw new IllegalStateException(causes.toString(), e);
    }
    Map<String, String> config = services.applicationConfig();
    System.setProperty(
        "it.app.options",
        config.entrySet().stream()
            .map(entry -> "-D" + entry.getKey() + "=" + entry.getValue())
            .collect(Collectors.joining(" ")));
    System.setProperty("it.db.url", config.get("db.url"));
    System.setProperty("it.redis.port", config.get("redis.port"));
    System.setProperty("it.es.url", config.get("es.url"));
    current = services;
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    BackingServices services = current;
    current = null;
    if (services != null) {
      services.close();
    }
  }
}
