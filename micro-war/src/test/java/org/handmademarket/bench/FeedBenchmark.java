package org.handmademarket.bench;

import static org.handmademarket.bench.SearchBenchmark.require;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.handmademarket.localstack.testing.ApiClient;

/**
 * Times {@code GET /api/feed} against a running local stack with the demo catalogue: for an
 * anonymous visitor (trending), for a shopper registered now (cold start: popular) and for the demo
 * shopper {@code shopper@handmade.test}, whose favorites make the feed personal. The three are
 * interleaved on one client thread after a warm-up; the output is a Markdown table for
 * docs/performance.md.
 *
 * <p>{@code -Dbench.api} (http://127.0.0.1:8180), {@code -Dbench.rounds} (10 rounds of {@link
 * #PER_ROUND} requests per caller), {@code -Dbench.shopper.password} (the demo shopper's password).
 */
public final class FeedBenchmark {

  static final int WARM_UP = 30;
  static final int PER_ROUND = 30;

  private FeedBenchmark() {}

  public static void main(String[] args) {
    URI api = URI.create(System.getProperty("bench.api", "http://127.0.0.1:8180") + "/");
    int rounds = Integer.getInteger("bench.rounds", 10);
    String password = System.getProperty("bench.shopper.password", "demo-shopper-2026");
    ApiClient app = new ApiClient(api);
    SearchBenchmark.requireReady(app);

    String demo =
        token(
            app.request("POST", "api/auth/login")
                .header("X-Requested-With", "bench")
                .json("{\"email\": \"shopper@handmade.test\", \"password\": \"" + password + "\"}")
                .send());
    String fresh =
        token(
            app.request("POST", "api/auth/register")
                .header("X-Requested-With", "bench")
                .json(
                    "{\"email\": \"bench-"
                        + UUID.randomUUID()
                        + "@example.org\", \"displayName\": \"Bench\","
                        + " \"password\": \""
                        + UUID.randomUUID()
                        + "\"}")
                .send());

    List<Caller> callers =
        List.of(
            new Caller("GET /api/feed anonymous (trending)", app, null),
            new Caller("GET /api/feed new shopper (popular)", app, fresh),
            new Caller("GET /api/feed demo shopper (personalised)", app, demo));
    for (Caller caller : callers) {
      JsonObject feed = caller.call();
      System.out.printf(
          "%s: variant %s, sections %s%n",
          caller.name,
          feed.get("variant"),
          feed.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
              .map(s -> s.getString("key") + " (" + s.getJsonArray("products").size() + ")")
              .toList());
    }
    for (int i = 0; i < WARM_UP; i++) {
      callers.forEach(Caller::call);
    }
    for (Caller caller : callers) {
      caller.latencies = new Latencies();
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < PER_ROUND; i++) {
        for (Caller caller : callers) {
          long started = System.nanoTime();
          caller.call();
          caller.latencies.add(System.nanoTime() - started);
        }
      }
    }
    System.out.println(Latencies.header());
    callers.forEach(caller -> System.out.println(caller.latencies.row(caller.name)));
  }

  private static String token(ApiClient.Reply reply) {
    require(reply.status() == 200 || reply.status() == 201, "signing in failed: " + reply.body());
    return reply.json().getString("token");
  }

  private static final class Caller {
    final String name;
    final ApiClient app;
    final String token;
    Latencies latencies = new Latencies();

    Caller(String name, ApiClient app, String token) {
      this.name = name;
      this.app = app;
      this.token = token;
    }

    JsonObject call() {
      ApiClient.Request request = app.request("GET", "api/feed");
      if (token != null) {
        request.bearer(token);
      }
      ApiClient.Reply reply = request.send();
      require(reply.status() == 200, "the feed answered " + reply.status() + ": " + reply.body());
      return reply.json();
    }
  }
}
