package org.handmademarket.it.support.stripe;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's HTTP API for tests, on 127.0.0.1: point the SDK's API and Connect bases at {@link
 * #baseUrl()}. It answers the operations of {@link StripeContract} as Stripe's test mode does for
 * its documented test payment methods, keeps idempotent answers, and lists every request outside
 * the contract in {@link #contractViolations()} (answered 400) so that tests can require none.
 *
 * <p>Not simulated, so only a Stripe account in test mode can confirm them: balances (Stripe keeps
 * card funds pending for days and refuses transfers beyond the available balance unless they name a
 * {@code source_transaction}), requests on behalf of a connected account ({@code Stripe-Account}),
 * {@code expand}, and webhooks sent by Stripe on its own: a test builds and posts them with {@link
 * #event}.
 */
public final class StripeStandIn implements AutoCloseable {

  private final String secretKey;
  private final String webhookSecret;
  private final HttpServer server;
  private final ExecutorService executor;
  private final TestMode testMode;
  private final IdempotencyKeys idempotencyKeys = new IdempotencyKeys();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Duration stall = Duration.ZERO;

  private StripeStandIn(String secretKey, String webhookSecret, HttpServer server) {
    this.secretKey = secretKey;
    this.webhookSecret = webhookSecret;
    this.server = server;
    this.testMode = new TestMode(Clock.systemUTC(), baseUrl());
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "stripe-stand-in");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
  }

  /** Listens on a free port of 127.0.0.1, accepting {@code secretKey} as the API key. */
  public static StripeStandIn start(String secretKey, String webhookSecret) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StripeStandIn standIn = new StripeStandIn(secretKey, webhookSecret, server);
    server.start();
    return standIn;
  }

  /** For example {@code http://127.0.0.1:41234}: the SDK's API base and Connect base. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** What requests sent that Stripe would refuse or the stand-in cannot answer as Stripe does. */
  public List<String> contractViolations() {
    return List.copyOf(violations);
  }

  /** Every request answered, in order. */
  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /**
   * How many objects requests created: {@code payment_intent}, {@code refund}, {@code transfer} or
   * {@code account}. Replayed idempotent requests create none.
   */
  public int created(String kind) {
    return testMode.created(kind);
  }

  /**
   * Makes payment intent creations wait this long before Stripe's work and answer, so that the
   * client's read timeout fires first; the intent is still created, as when Stripe answers too
   * late. {@link Duration#ZERO} ends the stall.
   */
  public void stall(Duration duration) {
    stall = duration;
  }

  /** Completes the 3-D Secure step of a {@code requires_action} intent: it succeeds. */
  public String completeAuthentication(String intentId) {
    return testMode.completeAuthentication(intentId).toString();
  }

  /**
   * Completes a connected account's onboarding, as its owner would through the account link: its
   * capabilities become active and transfers to it are accepted.
   */
  public void completeOnboarding(String accountId) {
    testMode.completeOnboarding(accountId);
  }

  /** The payment intent as Stripe would render it now, for an event's {@code data.object}. */
  public String paymentIntentJson(String id) {
    return testMode
        .paymentIntent(id)
        .orElseThrow(() -> new IllegalArgumentException("No such payment intent " + id))
        .toString();
  }

  /** The id of the payment intent whose metadata has {@code key} set to {@code value}. */
  public Optional<String> paymentIntentWithMetadata(String key, String value) {
    return testMode.paymentIntentWithMetadata(key, value);
  }

  public String refundJson(String id) {
    return testMode
        .refund(id)
        .orElseThrow(() -> new IllegalArgumentException("No such refund " + id))
        .toString();
  }

  public String transferJson(String id) {
    return testMode
        .transfer(id)
        .orElseThrow(() -> new IllegalArgumentException("No such transfer " + id))
        .toString();
  }

  /** The connected account as Stripe would render it now, e.g. for an {@code account.updated}. */
  public String accountJson(String id) {
    return testMode
        .account(id)
        .orElseThrow(() -> new IllegalArgumentException("No such account " + id))
        .toString();
  }

  /** An event of {@code type} about {@code objectJson}, signed now. */
  public SignedEvent event(String type, String objectJson) {
    return event(type, objectJson, Instant.now());
  }

  /** An event signed at {@code signedAt}, e.g. long ago to test the timestamp tolerance. */
  public SignedEvent event(String type, String objectJson, Instant signedAt) {
    JsonObject object;
    try (var reader = Json.createReader(new StringReader(objectJson))) {
      object = reader.readObject();
    }
    String id = StripeIds.next("evt");
    String payload =
        Json.createObjectBuilder()
            .add("id", id)
            .add("object", "event")
            .add("api_version", StripeContract.API_VERSION)
            .add("created", signedAt.getEpochSecond())
            .add("data", Json.createObjectBuilder().add("object", object))
            .add("livemode", false)
            .add("pending_webhooks", 1)
            .add("request", Json.createObjectBuilder().addNull("id").addNull("idempotency_key"))
            .add("type", type)
            .build()
            .toString();
    long timestamp = signedAt.getEpochSecond();
    String signature = hmacSha256Hex(webhookSecret, timestamp + "." + payload);
    return new SignedEvent(id, payload, "t=" + timestamp + ",v1=" + signature);
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String encoded =
          method.equals("GET") ? exchange.getRequestURI().getRawQuery() : body(exchange);
      Map<String, String> params = FormParams.parse(encoded);
      if (method.equals("GET") && path.startsWith(TestMode.ONBOARDING_PATH)) {
        onboard(exchange, path, params);
        return;
      }
      String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      Answer answer;
      try {
        answer = answer(method, path, exchange.getRequestHeaders(), params, idempotencyKey);
      } catch (RuntimeException bug) {
        // A fault of the stand-in itself: a test must not pass over it.
        violations.add(method + " " + path + ": the stand-in failed: " + bug);
        answer =
            new Answer(
                StripeReply.error(
                    500,
                    Json.createObjectBuilder()
                        .add("type", "api_error")
                        .add("message", "The stand-in failed: " + bug)),
                false);
      }
      requests.add(new Recorded(method, path, params, idempotencyKey, answer.reply().status()));
      send(exchange, answer, idempotencyKey);
    }
  }

  /**
   * Stripe's hosted onboarding behind an account link, for a browser sent there: it completes at
   * once and redirects back to the marketplace.
   */
  private void onboard(HttpExchange exchange, String path, Map<String, String> params)
      throws IOException {
    Optional<String> redirectTo =
        testMode.visitLink(path).map(visit -> Objects.toString(visit.redirectTo(), ""));
    int status = redirectTo.isEmpty() ? 404 : redirectTo.get().isEmpty() ? 204 : 302;
    requests.add(new Recorded("GET", path, params, null, status));
    if (status == 302) {
      exchange.getResponseHeaders().set("Location", redirectTo.get());
    }
    exchange.sendResponseHeaders(status, -1);
  }

  /** The reply and whether it is an idempotent replay. */
  private record Answer(StripeReply reply, boolean replayed) {}

  private Answer answer(
      String method,
      String path,
      Headers headers,
      Map<String, String> params,
      String idempotencyKey) {
    String request = method + " " + path;
    String authorization = headers.getFirst("Authorization");
    if (authorization == null || !authorization.equals("Bearer " + secretKey)) {
      violations.add(request + ": Authorization is not the stand-in's secret key");
      return new Answer(
          StripeReply.error(
              401,
              StripeReply.invalidRequestError(
                  null,
                  null,
                  authorization == null
                      ? "You did not provide an API key."
                      : "Invalid API Key provided.")),
          false);
    }
    Optional<String> headerProblem = headerProblem(method, headers);
    if (headerProblem.isPresent()) {
      violations.add(request + ": " + headerProblem.get());
      return new Answer(StripeReply.invalidRequest(null, null, headerProblem.get()), false);
    }
    Optional<StripeContract.Match> match = StripeContract.match(method, path);
    if (match.isEmpty()) {
      String message = "Unrecognized request URL (" + method + ": " + path + ").";
      violations.add(request + ": " + message);
      return new Answer(
          StripeReply.error(404, StripeReply.invalidRequestError(null, null, message)), false);
    }
    List<Violation> problems = StripeContract.check(match.get().operation(), params);
    if (!problems.isEmpty()) {
      problems.forEach(
          problem -> violations.add(request + ": " + problem.param() + ": " + problem.message()));
      Violation first = problems.get(0);
      return new Answer(
          StripeReply.invalidRequest(first.code(), first.param(), first.message()), false);
    }
    if (idempotencyKey == null || !method.equals("POST")) {
      return new Answer(run(match.get(), params), false);
    }
    return idempotently(match.get(), params, idempotencyKey, request + " " + new TreeMap<>(params));
  }

  /** A POST with an idempotency key: run once, replayed after, refused for another request. */
  private Answer idempotently(
      StripeContract.Match match, Map<String, String> params, String key, String request) {
    switch (idempotencyKeys.claim(key, request)) {
      case REPLAY:
        return new Answer(idempotencyKeys.reply(key).orElseThrow(), true);
      case MISMATCH:
        return new Answer(
            StripeReply.error(
                400,
                Json.createObjectBuilder()
                    .add("type", "idempotency_error")
                    .add(
                        "message",
                        "Idempotency key '"
                            + key
                            + "' was first used with other parameters; a different request needs"
                            + " a new key.")),
            false);
      case IN_PROGRESS:
        return new Answer(
            StripeReply.error(
                409,
                StripeReply.invalidRequestError(
                    "idempotency_key_in_use",
                    null,
                    "Another request with idempotency key '" + key + "' is still in progress.")),
            false);
      default:
        StripeReply reply;
        try {
          reply = run(match, params);
        } catch (RuntimeException failure) {
          idempotencyKeys.release(key);
          throw failure;
        }
        idempotencyKeys.complete(key, reply);
        return new Answer(reply, false);
    }
  }

  private StripeReply run(StripeContract.Match match, Map<String, String> params) {
    if (match.operation().name().equals(StripeContract.CREATE_PAYMENT_INTENT)) {
      waitOutStall();
    }
    return testMode.handle(match.operation(), match.objectId(), params);
  }

  private void waitOutStall() {
    Duration duration = stall;
    if (duration.isZero()) {
      return;
    }
    try {
      closed.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The header the SDK must send for every request: Stripe's version, and its form for bodies. */
  private static Optional<String> headerProblem(String method, Headers headers) {
    String version = headers.getFirst("Stripe-Version");
    if (!StripeContract.API_VERSION.equals(version)) {
      return Optional.of(
          "Stripe-Version is " + version + ", the contract is " + StripeContract.API_VERSION);
    }
    for (String header : List.of("Stripe-Account", "Stripe-Context")) {
      if (headers.containsKey(header)) {
        return Optional.of(header + " (acting as a connected account) is not simulated");
      }
    }
    String contentType = headers.getFirst("Content-Type");
    if (method.equals("POST")
        && (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded"))) {
      return Optional.of("Content-Type is " + contentType + ", Stripe expects a form");
    }
    return Optional.empty();
  }

  private static String body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void send(HttpExchange exchange, Answer answer, String idempotencyKey)
      throws IOException {
    byte[] body = answer.reply().body().getBytes(StandardCharsets.UTF_8);
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("Request-Id", StripeIds.next("req", 14));
    headers.set("Stripe-Version", StripeContract.API_VERSION);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    if (answer.replayed()) {
      headers.set("Idempotent-Replayed", "true");
    }
    try {
      exchange.sendResponseHeaders(answer.reply().status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException clientGone) {
      // The client stopped waiting (its read timeout during a stall): Stripe's work stands.
    }
  }

  private static String hmacSha256Hex(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
    }
  }
}
