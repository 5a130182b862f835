package org.handmademarket.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the marketplace WAR at the root context, in a child JVM. Its log is plain
 * text, or one JSON object per line with {@link LogFormat#JSON} (payara/logging-json.properties).
 */
public final class PayaraMicro implements ManagedService {

  private final Path microJar;
  private final Path war;
  private final int httpPort;
  private final Path workDirectory;
  private final Map<String, String> applicationConfig;
  private final LogFormat logFormat;
  private final ChildProcess process;

  /** How the server writes its log ({@code LOG_FORMAT}). */
  public enum LogFormat {
    TEXT("payara/logging.properties"),
    JSON("payara/logging-json.properties");

    private final String properties;

    LogFormat(String properties) {
      this.properties = properties;
    }

    /** {@code json} or {@code text} (the default, also for null or blank). */
    public static LogFormat of(String value) {
      if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("text")) {
        return TEXT;
      }
      if (value.trim().equalsIgnoreCase("json")) {
        return JSON;
      }
      throw new IllegalArgumentException("LOG_FORMAT must be text or json, not '" + value + "'");
    }
  }

  public PayaraMicro(
      Path microJar,
      Path war,
      int httpPort,
      Path workDirectory,
      Map<String, String> applicationConfig) {
    this(microJar, war, httpPort, workDirectory, applicationConfig, LogFormat.TEXT);
  }

  public PayaraMicro(
      Path microJar,
      Path war,
      int httpPort,
      Path workDirectory,
      Map<String, String> applicationConfig,
      LogFormat logFormat) {
    this.microJar = microJar;
    this.war = war;
    this.httpPort = httpPort;
    this.workDirectory = workDirectory;
    this.applicationConfig = applicationConfig;
    this.logFormat = logFormat;
    this.process = new ChildProcess("Payara Micro", workDirectory.resolve("payara-micro.log"));
  }

  @Override
  public String name() {
    return "Payara Micro";
  }

  @Override
  public void start() throws IOException, InterruptedException {
    start("/health/ready");
  }

  /**
   * Starts the instance and waits until {@code healthPath} answers 200: {@code /health/live} for an
   * instance that is meant not to be ready (e.g. one without a payment provider).
   */
  public void start(String healthPath) throws IOException, InterruptedException {
    try {
      startOnce(healthPath);
    } catch (ChildProcess.NotReadyException hung) {
      // A start that hangs is reported with the server's threads and log, then tried once more:
      // one stuck boot should not decide a whole test run.
      System.err.println("WARNING: " + hung.getMessage() + "\nStarting Payara Micro again.");
      process.kill();
      Directories.deleteRecursively(workDirectory.resolve("runtime"));
      startOnce(healthPath);
    }
  }

  private void startOnce(String healthPath) throws IOException, InterruptedException {
    ChildProcess.requireFreePort(name(), httpPort);
    Files.createDirectories(workDirectory);
    Path preBoot = ConfigFiles.extract("payara/local-pre-boot-commands.asadmin", workDirectory);
    Path logging = ConfigFiles.extract(logFormat.properties, workDirectory);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xms256m");
    command.add("-Xmx1g");
    applicationConfig.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            microJar.toAbsolutePath().toString(),
            "--nocluster",
            "--port",
            String.valueOf(httpPort),
            "--rootdir",
            workDirectory.resolve("runtime").toAbsolutePath().toString(),
            "--prebootcommandfile",
            preBoot.toAbsolutePath().toString(),
            "--logproperties",
            logging.toAbsolutePath().toString(),
            "--contextroot",
            "/",
            "--deploy",
            war.toAbsolutePath().toString()));
    process.start(command, workDirectory);
    process.awaitReady(URI.create(baseUrl() + healthPath), Duration.ofMinutes(4));
  }

  public int httpPort() {
    return httpPort;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  public Path logFile() {
    return process.logFile();
  }

  /** Ends the server at once (SIGKILL): no shutdown hooks, connections cut mid-request. */
  public void kill() {
    process.kill();
  }

  @Override
  public void stop() {
    process.stop(Duration.ofSeconds(20));
  }
}
