package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handmademarket.localstack.PayaraMicro;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The storefront's end-to-end specs (web-module/src/main/frontend/e2e) in Debian's headless Chromium,
 * against the WAR as it ships, deployed at the root context on Payara Micro with the test run's real
 * PostgreSQL, Redis and Elasticsearch. Failure screenshots and traces are kept in
 * web-module/target/e2e. Chromium comes from scripts/ensure-chromium.sh (.ci/run calls it);
 * {@code -Dstorefront.e2e.skip} leaves this test out.
 */
class StorefrontBrowserIT {

  private static final Duration E2E_TIMEOUT = Duration.ofMinutes(10);

  private static PayaraMicro payara;

  @BeforeAll
  static void deployAtRootContext() throws Exception {
    Path target = Path.of(System.getProperty("project.build.directory", "target"));
    payara =
        new PayaraMicro(
            Path.of(System.getProperty("payara.microJar")),
            Path.of(System.getProperty("marketplace.war", "target/marketplace.war")),
            freePort(),
            target.resolve("storefront-e2e-payara"),
            IntegrationServices.current().applicationConfig());
    payara.start();
    awaitApplication(URI.create(payara.baseUrl() + "/api/categories"), Duration.ofMinutes(2));
  }

  /**
   * /health/ready can answer UP a moment before the application's own resources are deployed (its
   * checks are not registered yet): wait until the API itself answers.
   */
  private static void awaitApplication(URI probe, Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    int status = -1;
    while (System.nanoTime() < deadline) {
      try {
        status =
            http.send(
                    HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException e) {
        status = -1;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(probe + " did not answer 200 within " + timeout + " (last: " + status + ")");
  }

  @AfterAll
  static void stop() {
    if (payara != null) {
      payara.stop();
    }
  }

  @Test
  void endToEndSpecsPassInChromium() throws Exception {
    Path frontend = Path.of(System.getProperty("storefront.dir", "../web-module/src/main/frontend"));
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    assertTrue(
        Files.isExecutable(chromium),
        () ->
            chromium
                + " is missing: install Chromium with "
                + frontend.resolve("scripts/ensure-chromium.sh")
                + " (or skip this test with -Dstorefront.e2e.skip)");

    Process e2e =
        new ProcessBuilder(List.of("npm", "run", "e2e", "--", "--base-url", payara.baseUrl()))
            .directory(frontend.toFile())
            .redirectErrorStream(true)
            .start();
    // Through System.out, not inheritIO: the forked test JVM's own stdout is failsafe's channel.
    Thread output = new Thread(() -> copyLines(e2e), "storefront-e2e-output");
    output.start();
    boolean finished = e2e.waitFor(E2E_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
    output.join(Duration.ofSeconds(10).toMillis());
    if (!finished) {
      e2e.destroyForcibly();
      throw new AssertionError("The end-to-end specs did not finish within " + E2E_TIMEOUT);
    }
    assertEquals(
        0,
        e2e.exitValue(),
        "End-to-end specs failed: see the output above, screenshots and traces in web-module/target/e2e,"
            + " and the server log " + payara.logFile());
  }

  private static void copyLines(Process process) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(line -> System.out.println("[e2e] " + line));
    } catch (IOException e) {
      System.out.println("[e2e] output stopped: " + e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
