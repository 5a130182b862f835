package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.handmademarket.it.support.DemoMarketplace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The storefront's end-to-end specs (web-module/src/main/frontend/e2e) in Debian's headless
 * Chromium, against the WAR as it ships with the demo catalogue loaded ({@link DemoMarketplace}:
 * its own database, index alias and Redis beside the test run's servers). Failure screenshots and
 * traces are kept in web-module/target/e2e. Chromium comes from scripts/ensure-chromium.sh (.ci/run
 * calls it); {@code -Dstorefront.e2e.skip} leaves this test out.
 */
class StorefrontBrowserIT {

  private static final Duration E2E_TIMEOUT = Duration.ofMinutes(10);

  /** Playwright's summary line for skipped specs, e.g. " 2 skipped". */
  private static final Pattern SKIPPED_SUMMARY = Pattern.compile("^\\s*\\d+ skipped\\s*$");

  /** Enough for every category to hold one-of-a-kind items from several shops, quick to load. */
  private static final int DEMO_LISTINGS = 3_000;

  private static DemoMarketplace marketplace;

  @BeforeAll
  static void startWithDemoCatalogue() throws Exception {
    Path target = Path.of(System.getProperty("project.build.directory", "target"));
    marketplace = new DemoMarketplace(target.resolve("storefront-e2e"), DEMO_LISTINGS).start();
  }

  @AfterAll
  static void stop() {
    if (marketplace != null) {
      marketplace.close();
    }
  }

  @Test
  void endToEndSpecsPassInChromium() throws Exception {
    Path frontend =
        Path.of(System.getProperty("storefront.dir", "../web-module/src/main/frontend"));
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    assertTrue(
        Files.isExecutable(chromium),
        () ->
            chromium
                + " is missing: install Chromium with "
                + frontend.resolve("scripts/ensure-chromium.sh")
                + " (or skip this test with -Dstorefront.e2e.skip)");

    Process e2e =
        new ProcessBuilder(List.of("npm", "run", "e2e", "--", "--base-url", marketplace.baseUrl()))
            .directory(frontend.toFile())
            .redirectErrorStream(true)
            .start();
    // Through System.out, not inheritIO: the forked test JVM's own stdout is failsafe's channel.
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread output = new Thread(() -> copyLines(e2e, lines), "storefront-e2e-output");
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
            + " and the server log "
            + marketplace.serverLog());
    // A spec skips itself when the catalogue lacks what it needs; here the demo catalogue is
    // loaded,
    // so a skip would hide a flow that went untested.
    assertTrue(
        lines.stream().noneMatch(line -> SKIPPED_SUMMARY.matcher(line).find()),
        "Specs were skipped against the demo catalogue: see their reasons above");
  }

  private static void copyLines(Process process, List<String> lines) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader
          .lines()
          .forEach(
              line -> {
                lines.add(line);
                System.out.println("[e2e] " + line);
              });
    } catch (IOException e) {
      System.out.println("[e2e] output stopped: " + e.getMessage());
    }
  }
}
