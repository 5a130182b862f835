package org.handmademarket.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro running the marketplace WAR at the root context, in a child JVM. */
public final class PayaraMicro implements ManagedService {

  private final Path microJar;
  private final Path war;
  private final int httpPort;
  private final Path workDirectory;
  private final Map<String, String> applicationConfig;
  private final ChildProcess process;

  public PayaraMicro(
      Path microJar, Path war, int httpPort, Path workDirectory, Map<String, String> applicationConfig) {
    this.microJar = microJar;
    this.war = war;
    this.httpPort = httpPort;
    this.workDirectory = workDirectory;
    this.applicationConfig = applicationConfig;
    this.process = new ChildProcess("Payara Micro", workDirectory.resolve("payara-micro.log"));
  }

  @Override
  public String name() {
    return "Payara Micro";
  }

  @Override
  public void start() throws IOException, InterruptedException {
    Files.createDirectories(workDirectory);
    Path preBoot = ConfigFiles.extract("payara/local-pre-boot-commands.asadmin", workDirectory);
    Path postBoot = ConfigFiles.extract("payara/post-boot-commands.asadmin", workDirectory);
    Path logging = ConfigFiles.extract("payara/logging.properties", workDirectory);
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
            "--postbootcommandfile",
            postBoot.toAbsolutePath().toString(),
            "--logproperties",
            logging.toAbsolutePath().toString(),
            "--contextroot",
            "/",
            "--deploy",
            war.toAbsolutePath().toString()));
    process.start(command, workDirectory);
    process.awaitReady(URI.create(baseUrl() + "/health/ready"), Duration.ofMinutes(4));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  public Path logFile() {
    return process.logFile();
  }

  @Override
  public void stop() {
    process.stop(Duration.ofSeconds(20));
  }
}
