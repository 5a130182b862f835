package org.handmademarket.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped nginx template in front of a stand-in instance that records every path it is asked
 * for: the operator endpoints never reach it, whatever their spelling; everything else does. (The
 * same template in front of real instances: ClusterFailoverIT.) Needs nginx
 * (scripts/ensure-nginx.sh); without it the test is skipped.
 */
class NginxTemplateTest {

  private final Set<String> reachedInstance = ConcurrentHashMap.newKeySet();
  private HttpServer instance;
  private Nginx nginx;
  private Path directory;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(Nginx.isInstalled(), "nginx is not installed: run scripts/ensure-nginx.sh");
    instance = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    instance.createContext(
        "/",
        exchange -> {
          reachedInstance.add(exchange.getRequestURI().getRawPath());
          byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    instance.start();
    directory = Files.createTempDirectory("nginx-template");
    nginx =
        new Nginx(BackingServices.freePort(), List.of(instance.getAddress().getPort()), directory);
    nginx.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (nginx != null) {
      nginx.stop();
    }
    if (instance != null) {
      instance.stop(0);
    }
    if (directory != null) {
      Directories.deleteRecursively(directory);
    }
  }

  @Test
  void operatorEndpointsAreNotForwardedHoweverTheyAreSpelt() throws Exception {
    for (String path :
        List.of(
            "/metrics",
            "/metrics/application",
            "/openapi",
            "/openapi;format=json",
            "/health",
            "/health/ready",
            "/health/live",
            "/HEALTH/ready",
            "//metrics",
            "/%68ealth/ready",
            "/api/../health/ready")) {
      assertEquals(404, get(path), path);
    }
    assertTrue(
        reachedInstance.stream()
            .noneMatch(p -> p.matches("(?i).*(metrics|openapi|health|%68ealth).*")),
        reachedInstance.toString());
  }

  @Test
  void everythingElseReachesTheInstances() throws Exception {
    for (String path : List.of("/api/status", "/healthy-snacks", "/products/12", "/")) {
      assertEquals(200, get(path), path);
      assertTrue(reachedInstance.contains(path), path);
    }
    assertFalse(reachedInstance.isEmpty());
  }

  private int get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(nginx.baseUrl() + path)).GET().build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
