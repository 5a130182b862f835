package org.handmademarket.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real single-node Elasticsearch server in a child JVM on a JDK 21+, started from the search-node
 * module's jars (test and local use only: they are never shipped in the application).
 */
public final class SearchNode implements ManagedService {

  private static final int MINIMUM_JAVA = 21;

  private final int httpPort;
  private final int transportPort;
  private final Path home;
  private final Path classpathDirectory;
  private final ChildProcess process;

  public SearchNode(
      int httpPort, int transportPort, Path home, Path classpathDirectory, Path logFile) {
    this.httpPort = httpPort;
    this.transportPort = transportPort;
    this.home = home;
    this.classpathDirectory = classpathDirectory;
    this.process = new ChildProcess("Elasticsearch", logFile);
  }

  @Override
  public String name() {
    return "Elasticsearch";
  }

  @Override
  public void start() throws IOException, InterruptedException {
    if (process.isRunning()) {
      return;
    }
    Path java =
        JdkLocator.findJava(MINIMUM_JAVA)
            .orElseThrow(
                () -> new IllegalStateException(JdkLocator.missingJdkAdvice(MINIMUM_JAVA)));
    if (!Files.isDirectory(classpathDirectory)) {
      throw new IllegalStateException(
          "The search node is not built: "
              + classpathDirectory
              + " is missing (run the build first).");
    }
    Path nativeLibraries = Files.createDirectories(home.resolve("no-native-libs"));
    process.start(
        List.of(
            java.toString(),
            "-Xms384m",
            "-Xmx384m",
            "-XX:+UseSerialGC",
            "-Des.nativelibs.path=" + nativeLibraries,
            "-cp",
            classpathDirectory.toAbsolutePath() + "/*",
            "org.handmademarket.searchnode.SearchNodeMain",
            "--home",
            home.toAbsolutePath().toString(),
            "--http-port",
            String.valueOf(httpPort),
            "--transport-port",
            String.valueOf(transportPort)),
        home.getParent() == null ? Path.of(".") : home.getParent());
    process.awaitReady(
        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"),
        Duration.ofSeconds(90));
  }

  public String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  @Override
  public void stop() {
    process.stop(Duration.ofSeconds(15));
  }
}
