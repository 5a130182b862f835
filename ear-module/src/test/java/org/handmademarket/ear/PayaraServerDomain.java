package org.handmademarket.ear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.handmademarket.localstack.Directories;
import org.handmademarket.localstack.LoopbackPorts;

/**
 * A Payara Server domain driven through asadmin, as an operator would, bound to the loopback
 * interface.
 */
final class PayaraServerDomain {

  /**
   * Offsets from the port base that a domain listens on (admin, HTTP, HTTPS, IIOP, JMS, JMX, OSGi,
   * debug).
   */
  private static final int[] PORT_OFFSETS = {48, 80, 81, 37, 38, 39, 76, 86, 66, 9};

  private final Path home;
  private final Path domainsDirectory;
  private final String name;
  private final int portBase;

  private PayaraServerDomain(Path home, Path domainsDirectory, String name, int portBase) {
    this.home = home;
    this.domainsDirectory = domainsDirectory;
    this.name = name;
    this.portBase = portBase;
  }

  static PayaraServerDomain create(Path home, Path domainsDirectory, String name)
      throws IOException, InterruptedException {
    PayaraServerDomain domain =
        new PayaraServerDomain(
            home, domainsDirectory, name, LoopbackPorts.freeBase(100, PORT_OFFSETS));
    // A domain left by an earlier run (the build was not cleaned) would make create-domain fail.
    Directories.deleteRecursively(domainsDirectory.resolve(name));
    Files.createDirectories(domainsDirectory);
    domain.asadmin(
        Map.of(),
        "create-domain",
        "--domaindir",
        domainsDirectory.toString(),
        "--portbase",
        String.valueOf(domain.portBase),
        "--nopassword=true",
        name);
    domain.bindToLoopback();
    return domain;
  }

  /**
   * Puts a library (such as a JDBC driver) where the server's resources find it; before {@link
   * #start}.
   */
  void addLibrary(Path jar) throws IOException {
    Files.copy(jar, domainsDirectory.resolve(name).resolve("lib").resolve(jar.getFileName()));
  }

  /** Starts the domain; the environment reaches the server, where MicroProfile Config reads it. */
  void start(Map<String, String> environment) throws IOException, InterruptedException {
    asadmin(environment, "start-domain", "--domaindir", domainsDirectory.toString(), name);
  }

  /**
   * Restarts the domain, as operators do after the settings script: the HTTP listener then starts
   * once with its settings instead of being restarted under load by each {@code set}.
   */
  void restart() throws IOException, InterruptedException {
    asadmin(Map.of(), "restart-domain", "--domaindir", domainsDirectory.toString(), name);
  }

  /**
   * Runs a file of asadmin commands against the running domain, as {@code asadmin multimode
   * --file}.
   */
  void run(Path commands) throws IOException, InterruptedException {
    asadmin(Map.of(), "--port", adminPort(), "multimode", "--file", commands.toString());
  }

  /** Runs one asadmin command against the running domain and returns what it printed. */
  String run(String... command) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of("--port", adminPort()));
    arguments.addAll(List.of(command));
    return asadmin(Map.of(), arguments.toArray(String[]::new));
  }

  void deploy(Path archive, String applicationName) throws IOException, InterruptedException {
    asadmin(
        Map.of(), "--port", adminPort(), "deploy", "--name", applicationName, archive.toString());
  }

  void undeploy(String applicationName) throws IOException, InterruptedException {
    asadmin(Map.of(), "--port", adminPort(), "undeploy", applicationName);
  }

  void stop() throws IOException, InterruptedException {
    asadmin(
        Map.of(), "stop-domain", "--kill=true", "--domaindir", domainsDirectory.toString(), name);
  }

  int httpPort() {
    return portBase + 80;
  }

  Path serverLog() {
    return domainsDirectory.resolve(name).resolve("logs").resolve("server.log");
  }

  private String adminPort() {
    return String.valueOf(portBase + 48);
  }

  /**
   * A fresh domain listens on every interface; a test server must not. Rewriting the new domain's
   * configuration before its first start avoids even a moment on the network.
   */
  private void bindToLoopback() throws IOException {
    Path configuration = domainsDirectory.resolve(name).resolve("config").resolve("domain.xml");
    String xml = Files.readString(configuration, StandardCharsets.UTF_8);
    xml = xml.replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"");
    xml =
        xml.replaceAll(
            "<network-listener (?![^>]*address=)", "<network-listener address=\"127.0.0.1\" ");
    xml =
        xml.replace(
            "<hazelcast-runtime-configuration ",
            "<hazelcast-runtime-configuration das-bind-address=\"127.0.0.1\" interface=\"127.0.0.1\" ");
    Files.writeString(configuration, xml, StandardCharsets.UTF_8);
  }

  private String asadmin(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin").resolve("asadmin").toString());
    command.add("--interactive=false");
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IOException("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
    }
    return output;
  }
}
