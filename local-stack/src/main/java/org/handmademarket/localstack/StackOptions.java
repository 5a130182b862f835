package org.handmademarket.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.handmademarket.localstack.demo.DemoOptions;

/**
 * What the local stack runs and where: paths from the command line, ports and the demo catalogue's
 * size ({@code MARKETPLACE_DEMO_LISTINGS}, 0 for none) from the environment. {@code
 * MARKETPLACE_INSTANCES} (1 to 4, default 1) above 1 runs that many Payara Micro instances behind
 * nginx, which then takes {@code MARKETPLACE_HTTP_PORT} while the instances take the ports right
 * after it. {@code LOG_FORMAT} ({@code text} or {@code json}) chooses how the instances log.
 */
record StackOptions(
    Path war,
    Path payaraMicroJar,
    Path searchNodeClasspath,
    Path dataDirectory,
    boolean reset,
    int httpPort,
    int databasePort,
    int redisPort,
    int searchPort,
    int searchTransportPort,
    int smtpPort,
    int imapPort,
    int demoListings,
    int instances,
    PayaraMicro.LogFormat logFormat) {

  static final int MAX_INSTANCES = 4;

  static StackOptions parse(String[] args, Map<String, String> environment) {
    Map<String, String> values = new HashMap<>();
    boolean reset = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].isBlank()) {
        continue;
      } else if (args[i].equals("--reset")) {
        reset = true;
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        values.put(args[i], args[++i]);
      } else {
        throw new IllegalArgumentException("Unexpected argument: " + args[i]);
      }
    }
    return new StackOptions(
        required(values, "--war"),
        required(values, "--payara-micro"),
        required(values, "--search-node-lib"),
        Path.of(values.getOrDefault("--data", ".local-stack")),
        reset || Boolean.parseBoolean(environment.getOrDefault("MARKETPLACE_RESET", "false")),
        port(environment, "MARKETPLACE_HTTP_PORT", 8180),
        port(environment, "MARKETPLACE_DB_PORT", 15432),
        port(environment, "MARKETPLACE_REDIS_PORT", 16379),
        port(environment, "MARKETPLACE_ES_PORT", 19200),
        port(environment, "MARKETPLACE_ES_TRANSPORT_PORT", 19300),
        port(environment, "MARKETPLACE_SMTP_PORT", 13025),
        port(environment, "MARKETPLACE_IMAP_PORT", 13143),
        count(environment, "MARKETPLACE_DEMO_LISTINGS", DemoOptions.DEFAULT_LISTINGS),
        instances(environment),
        PayaraMicro.LogFormat.of(environment.get("LOG_FORMAT")));
  }

  /** Whether nginx balances several instances. */
  boolean clustered() {
    return instances > 1;
  }

  /**
   * The HTTP port of instance {@code index} (from 0): the balancer's port comes first when
   * clustered.
   */
  int instancePort(int index) {
    return clustered() ? httpPort + 1 + index : httpPort;
  }

  private static int instances(Map<String, String> environment) {
    int instances = count(environment, "MARKETPLACE_INSTANCES", 1);
    if (instances < 1 || instances > MAX_INSTANCES) {
      throw new IllegalArgumentException(
          "MARKETPLACE_INSTANCES must be between 1 and " + MAX_INSTANCES + ", not " + instances);
    }
    return instances;
  }

  private static Path required(Map<String, String> values, String flag) {
    String value = values.get(flag);
    if (value == null) {
      throw new IllegalArgumentException("Missing " + flag);
    }
    return Path.of(value);
  }

  /** A non-negative count from the environment, e.g. the demo catalogue's size (0 loads none). */
  private static int count(Map<String, String> environment, String variable, int fallback) {
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int count = Integer.parseInt(value.trim());
      if (count < 0) {
        throw new NumberFormatException();
      }
      return count;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          variable + " must be a whole number (0 or more), not '" + value + "'");
    }
  }

  private static int port(Map<String, String> environment, String variable, int fallback) {
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          variable + " must be a port number (1-65535), not '" + value + "'");
    }
  }
}
