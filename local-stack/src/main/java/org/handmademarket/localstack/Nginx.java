package org.handmademarket.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * nginx (Debian's package) balancing the marketplace instances, run in the foreground as a child
 * process: its configuration is generated from the config module's template ({@code
 * nginx/marketplace.conf.template}), and its pid, temporary and log files stay in its own
 * directory, so the system's nginx (if any) is left alone. Listens on 127.0.0.1 only.
 *
 * <p>The binary is {@code NGINX_PATH}, else {@code nginx} on the PATH, else {@code
 * /usr/sbin/nginx}; scripts/ensure-nginx.sh installs it.
 */
public final class Nginx implements ManagedService {

  static final String TEMPLATE = "nginx/marketplace.conf.template";

  private final int port;
  private final List<Integer> instancePorts;
  private final Path directory;
  private final ChildProcess process;

  public Nginx(int port, List<Integer> instancePorts, Path directory) {
    this.port = port;
    this.instancePorts = List.copyOf(instancePorts);
    this.directory = directory.toAbsolutePath();
    this.process = new ChildProcess("nginx", this.directory.resolve("logs").resolve("nginx.out"));
  }

  @Override
  public String name() {
    return "nginx";
  }

  @Override
  public void start() throws IOException, InterruptedException {
    Path binary =
        binary()
            .orElseThrow(
                () ->
                    new IOException(
                        "nginx is not installed. Run scripts/ensure-nginx.sh (it installs Debian's nginx-light"
                            + " with apt-get) or point NGINX_PATH at an nginx binary."));
    Files.createDirectories(directory.resolve("logs"));
    Files.createDirectories(directory.resolve("temp"));
    Path config = directory.resolve("nginx.conf");
    Files.writeString(config, configuration(), StandardCharsets.UTF_8);
    process.start(
        List.of(
            binary.toString(),
            "-p",
            directory.toString(),
            "-c",
            config.toString(),
            "-e",
            directory.resolve("logs").resolve("error.log").toString()),
        directory);
    // Health detail is not forwarded to the public: the public status answer says UP or DOWN.
    process.awaitReady(URI.create(baseUrl() + "/api/status"), Duration.ofSeconds(30));
  }

  /** The template with this layout's paths and ports. */
  String configuration() throws IOException {
    Path template = ConfigFiles.extract(TEMPLATE, directory);
    String servers =
        instancePorts.stream()
            // One failure takes an instance out for a few seconds; nginx then tries it again.
            .map(instance -> "    server 127.0.0.1:" + instance + " max_fails=1 fail_timeout=5s;")
            .collect(Collectors.joining("\n"));
    return Files.readString(template, StandardCharsets.UTF_8)
        .replace("${data}", directory.toString())
        .replace("${listen}", "127.0.0.1:" + port)
        .replace("${servers}", servers);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** nginx's access log: one line per request, with its upstream and request id. */
  public Path accessLog() {
    return directory.resolve("logs").resolve("access.log");
  }

  /** Whether an nginx binary is there to run (see the class comment for where it is looked for). */
  static boolean isInstalled() {
    return binary().isPresent();
  }

  private static Optional<Path> binary() {
    String configured = System.getenv("NGINX_PATH");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    Stream<Path> onPath =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .filter(entry -> !entry.isBlank())
            .map(entry -> Path.of(entry, "nginx"));
    return Stream.concat(onPath, Stream.of(Path.of("/usr/sbin/nginx")))
        .filter(Files::isExecutable)
        .findFirst();
  }

  @Override
  public void stop() {
    process.stop(Duration.ofSeconds(5));
  }
}
