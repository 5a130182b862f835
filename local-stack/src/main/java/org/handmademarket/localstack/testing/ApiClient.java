package org.handmademarket.localstack.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A plain HTTP client for black-box tests: what a storefront or an operator's probe would send. */
public final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;

  /** @param base the server root, e.g. {@code http://127.0.0.1:8080/} */
  public ApiClient(URI base) {
    this.base = base;
  }

  /**
   * A client for {@code url} reached over 127.0.0.1: servers under test listen on the loopback
   * interface only, while containers report the machine's own address (or "localhost", which may
   * resolve to ::1 first).
   */
  public static ApiClient onLoopback(URI url) {
    return new ApiClient(
        URI.create("http://127.0.0.1:" + url.getPort() + (url.getRawPath().isEmpty() ? "/" : url.getRawPath())));
  }

  public Reply get(String path) {
    return get(path, "application/json");
  }

  public Reply get(String path, String accept) {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET());
  }

  /** A JSON GET with extra request headers. */
  public Reply get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
    headers.forEach(request::header);
    return send(request.GET());
  }

  public Reply postJson(String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, media type, body and headers, with JSON views of the body. */
  public record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

    /** The first value of a response header, matched case-insensitively. */
    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
          .map(entry -> entry.getValue().get(0))
          .findFirst();
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    /** The checks of a MicroProfile Health response, by name: {@code {"database": "UP", ...}}. */
    public Map<String, String> checkStates() {
      return json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
          .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status")));
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }
}
