package org.handmademarket.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    nginx = new Nginx(LoopbackPorts.free(), List.of(instance.getAddress().getPort()), directory);
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

  /**
   * Requests an instance would answer with an empty body, or with 200 for a path it cannot decode,
   * are refused by nginx with a problem document, and never reach an instance.
   */
  @Test
  void malformedRequestsAreRefusedWithProblemDocumentsBeforeAnyInstance() throws Exception {
    Map<String, Integer> expectedStatus = new LinkedHashMap<>();
    expectedStatus.put("PUT /api/cart/items/%zz HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", 400);
    expectedStatus.put("GET /api/categories%00 HTTP/1.1\r\n\r\n", 400);
    expectedStatus.put(
        "POST /api/x/%zz/../cart/items HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", 400);
    expectedStatus.put("GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n\r\n", 400);
    expectedStatus.put("GET /api/categories HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", 400);
    expectedStatus.put(
        "DELETE /api/cart/items/1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n",
        400);
    expectedStatus.put(
        "GET /api/categories HTTP/1.1\r\nIdempotency-Key: \u043a\u043b\r\n\r\n", 400);
    expectedStatus.put(
        "GET /api/categories HTTP/1.1\r\nX-Big: " + "a".repeat(9000) + "\r\n\r\n", 431);
    expectedStatus.put("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n\r\n", 414);
    expectedStatus.put("TRACE /api/categories HTTP/1.1\r\n\r\n", 405);
    expectedStatus.put(
        "POST /api/cart/items HTTP/1.1\r\nContent-Length: " + (13 << 20) + "\r\n\r\n", 413);
    reachedInstance.clear(); // nginx's start-up check asked for /api/status

    for (Map.Entry<String, Integer> request : expectedStatus.entrySet()) {
      String answer = raw(request.getKey());
      String what = request.getKey().substring(0, Math.min(60, request.getKey().length()));
      assertTrue(answer.startsWith("HTTP/1.1 " + request.getValue() + " "), what + ": " + answer);
      assertTrue(answer.contains("Content-Type: application/problem+json"), what + ": " + answer);
      assertTrue(answer.contains("{\"type\":\"/problems/"), what + ": " + answer);
      assertFalse(answer.matches("(?s).*Server: nginx/[0-9].*"), what + ": " + answer);
    }
    assertTrue(raw("TRACE /api/categories HTTP/1.1\r\n\r\n").contains("Allow: OPTIONS"));
    assertTrue(reachedInstance.isEmpty(), reachedInstance.toString());

    assertTrue(
        raw("DELETE /api/cart/items/1 HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
            .startsWith("HTTP/1.1 200 "),
        "an empty body on DELETE is no body at all");
  }

  /** One request as bytes on a socket (the Host and Connection headers added). */
  private String raw(String request) throws Exception {
    URI base = URI.create(nginx.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      int endOfLine = request.indexOf("\r\n");
      String message =
          request.substring(0, endOfLine)
              + "\r\nHost: 127.0.0.1\r\nConnection: close"
              + request.substring(endOfLine);
      socket.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private int get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(nginx.baseUrl() + path)).GET().build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
