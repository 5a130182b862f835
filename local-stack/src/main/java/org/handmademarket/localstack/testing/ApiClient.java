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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** A plain HTTP client for black-box tests: what a storefront or an operator's probe would send. */
public final class ApiClient {

  /**
   * HTTP/1.1, as browsers (which never upgrade cleartext connections to HTTP/2) and the proxy in
   * front of the instances speak it: the JDK's default offers an h2c upgrade on every request.
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final Map<String, String> defaultHeaders;

  /**
   * @param base the server root, e.g. {@code http://127.0.0.1:8080/}
   */
  public ApiClient(URI base) {
    this(base, Map.of());
  }

  private ApiClient(URI base, Map<String, String> defaultHeaders) {
    this.base = base;
    this.defaultHeaders = defaultHeaders;
  }

  /**
   * A client for {@code url} reached over 127.0.0.1: servers under test listen on the loopback
   * interface only, while containers report the machine's own address (or "localhost", which may
   * resolve to ::1 first).
   */
  public static ApiClient onLoopback(URI url) {
    return new ApiClient(
        URI.create(
            "http://127.0.0.1:"
                + url.getPort()
                + (url.getRawPath().isEmpty() ? "/" : url.getRawPath())));
  }

  /** A client whose every request carries this header too (a client address, a language, ...). */
  public ApiClient withHeader(String name, String value) {
    Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
    headers.put(name, value);
    return new ApiClient(base, Map.copyOf(headers));
  }

  public Reply get(String path) {
    return get(path, "application/json");
  }

  public Reply get(String path, String accept) {
    return request("GET", path).header("Accept", accept).send();
  }

  /** A JSON GET with extra request headers. */
  public Reply get(String path, Map<String, String> headers) {
    Request request = request("GET", path).header("Accept", "application/json");
    headers.forEach(request::header);
    return request.send();
  }

  public Reply postJson(String path, String body) {
    return request("POST", path).json(body).send();
  }

  /** A request to build up with headers, cookies and a body before {@link Request#send()}. */
  public Request request(String method, String path) {
    Request request = new Request(method, base.resolve(path));
    defaultHeaders.forEach(request::header);
    return request;
  }

  /** One request being put together; cookies are sent as one {@code Cookie} header. */
  public static final class Request {

    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final StringJoiner cookies = new StringJoiner("; ");
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Request(String method, URI uri) {
      this.method = method;
      this.uri = uri;
      header("Accept", "application/json");
    }

    /** Sets a header, replacing an earlier value of the same name. */
    public Request header(String name, String value) {
      headers.put(name, new ArrayList<>(List.of(value)));
      return this;
    }

    public Request cookie(String name, String value) {
      cookies.add(name + "=" + value);
      return this;
    }

    public Request bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    public Request json(String json) {
      return body("application/json", json);
    }

    public Request body(String contentType, String content) {
      header("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofString(content);
      return this;
    }

    /** A binary body, such as an image upload. */
    public Request body(String contentType, byte[] content) {
      header("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofByteArray(content);
      return this;
    }

    public Reply send() {
      HttpResponse<String> response = exchange(HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          headersOf(response));
    }

    /** Sends the request and keeps the response body as bytes (images and other files). */
    public BinaryReply sendForBytes() {
      HttpResponse<byte[]> response = exchange(HttpResponse.BodyHandlers.ofByteArray());
      return new BinaryReply(response.statusCode(), response.body(), headersOf(response));
    }

    private <T> HttpResponse<T> exchange(HttpResponse.BodyHandler<T> handler) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri).method(method, body).timeout(Duration.ofSeconds(30));
      headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
      if (cookies.length() > 0) {
        request.header("Cookie", cookies.toString());
      }
      try {
        return HTTP.send(request.build(), handler);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static Map<String, List<String>> headersOf(HttpResponse<?> response) {
      Map<String, List<String>> received = new LinkedHashMap<>();
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> received.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      return received;
    }
  }

  /** A response whose body is kept as bytes; header names in lower case. */
  public record BinaryReply(int status, byte[] body, Map<String, List<String>> headers) {

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }
  }

  /**
   * A response: status, media type, body and headers (names in lower case), with JSON views of the
   * body.
   */
  public record Reply(
      int status, String contentType, String body, Map<String, List<String>> headers) {

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
          .collect(
              Collectors.toMap(
                  check -> check.getString("name"), check -> check.getString("status")));
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }

    /** The whole {@code Set-Cookie} header that sets the named cookie, attributes included. */
    public Optional<String> setCookie(String name) {
      return headers.getOrDefault("set-cookie", List.of()).stream()
          .filter(cookie -> cookie.startsWith(name + "="))
          .findFirst();
    }

    /** The value the response gives the named cookie (empty text when it clears it). */
    public Optional<String> cookieValue(String name) {
      return setCookie(name)
          .map(cookie -> cookie.substring(name.length() + 1))
          .map(rest -> rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest)
          .map(
              value ->
                  value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                      ? value.substring(1, value.length() - 1)
                      : value);
    }
  }
}
