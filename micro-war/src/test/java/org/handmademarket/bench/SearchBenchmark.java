package org.handmademarket.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.platform.search.ElasticsearchClientProducer;
import org.handmademarket.platform.search.ElasticsearchCredentials;
import org.handmademarket.search.index.ProductDocument;
import org.handmademarket.search.query.ProductQuery;
import org.handmademarket.search.query.SearchCriteria;

/**
 * Measures product search on a running local stack: the latency of {@code GET /api/search} with the
 * result cache bypassed, beside the very same Elasticsearch request (built by the application's
 * {@link ProductQuery}) sent straight to the node with the same client library, interleaved, in one
 * run. It also times typeahead. Before measuring it tops the catalogue up to the target number of
 * searchable listings and waits until they are indexed.
 *
 * <p>System properties (defaults match {@code ./mvnw -Prun}): {@code bench.api}
 * (http://127.0.0.1:8180), {@code bench.db} (jdbc:postgresql://127.0.0.1:15432/postgres), {@code
 * bench.es} (http://127.0.0.1:19200), {@code bench.listings} (200000), {@code bench.rounds} (10),
 * {@code bench.alias} (products). The application must allow the cache bypass: {@code
 * SEARCH_CACHE_BYPASS_ALLOWED=true}.
 */
public final class SearchBenchmark {

  private static final Map<String, String> BYPASS = Map.of("X-Search-Cache", "bypass");

  /**
   * A mixed set: single and several words, typos, synonyms, filters, browsing, sorts and deeper
   * pages.
   */
  private static final List<Map<String, String>> QUERIES =
      List.of(
          params("q", "necklace"),
          params("q", "silver necklace"),
          params("q", "neckalce"),
          params("q", "couch"),
          params("q", "leather wallet"),
          params("q", "ceramic mug"),
          params("q", "vintage lamp"),
          params("q", "wool scarf"),
          params("q", "blue"),
          params("q", "handmade soap"),
          params("q", "oak coffee table"),
          params("q", "teddy bear"),
          params("q", "cutting board"),
          params("q", "tote bag"),
          params("q", "macrame wall hanging"),
          params("q", "personalized cake topper"),
          params("q", "earrings", "maxPrice", "50"),
          params("q", "sofa", "isVintage", "true"),
          params("q", "print", "category", "art"),
          params("q", "bowl", "minPrice", "20", "maxPrice", "80"),
          params("q", "sweater", "category", "clothing"),
          params("q", "mug", "sort", "price_asc"),
          params("q", "ring", "sort", "newest"),
          params("q", "blanket", "page", "3"),
          params("q", "gift", "pageSize", "48"),
          params("category", "jewelry"),
          params("category", "home-decor", "sort", "newest"),
          params(),
          params("minPrice", "100", "sort", "price_desc"),
          params("q", "cuff bracelet", "category", "jewelry", "isVintage", "false"));

  private static final List<String> PREFIXES =
      List.of(
          "nec", "leat", "cera", "vint", "sof", "wal", "blan", "cand", "silv", "tedd", "neklace",
          "ruq");

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    URI api = URI.create(System.getProperty("bench.api", "http://127.0.0.1:8180") + "/");
    String db = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:15432/postgres");
    String es = System.getProperty("bench.es", "http://127.0.0.1:19200");
    long listings = Long.getLong("bench.listings", 200_000);
    int rounds = Integer.getInteger("bench.rounds", 10);
    String alias = System.getProperty("bench.alias", "products");

    ApiClient app = new ApiClient(api);
    ElasticsearchClient client =
        ElasticsearchClientProducer.connect(es, 30_000, ElasticsearchCredentials.none());
    try {
      requireReady(app);
      long searchable = prepareCatalogue(db, listings);
      awaitIndexed(client, alias, searchable);
      requireCacheBypass(app);

      List<SearchCriteria> criteria = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      for (Map<String, String> query : QUERIES) {
        criteria.add(criteria(query));
        paths.add("api/search?" + queryString(query));
      }
      System.out.println("Warming up...");
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < QUERIES.size(); i++) {
          timeApi(app, paths.get(i));
          timeDirect(client, criteria.get(i), alias);
        }
      }
      System.out.printf(
          Locale.ROOT, "Measuring %d rounds of %d queries...%n", rounds, QUERIES.size());
      double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      Latencies viaApi = new Latencies();
      Latencies direct = new Latencies();
      Latencies tookInElasticsearch = new Latencies();
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < QUERIES.size(); i++) {
          viaApi.add(timeApi(app, paths.get(i)));
          long[] timed = timeDirect(client, criteria.get(i), alias);
          direct.add(timed[0]);
          tookInElasticsearch.add(timed[1]);
        }
      }
      Latencies suggest = new Latencies();
      for (int round = 0; round < rounds * 3; round++) {
        for (String prefix : PREFIXES) {
          long started = System.nanoTime();
          ApiClient.Reply reply = app.get("api/search/suggest?q=" + encode(prefix));
          long elapsed = System.nanoTime() - started;
          require(reply.status() == 200, "suggest failed: " + reply.body());
          if (round > 0) {
            suggest.add(elapsed);
          }
        }
      }

      double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      System.out.printf(
          Locale.ROOT,
          "%nSearch benchmark: %d searchable listings, %d queries x %d rounds, one client thread, %d cores,"
              + " load average %.1f before and %.1f after%n%n",
          searchable,
          QUERIES.size(),
          rounds,
          Runtime.getRuntime().availableProcessors(),
          loadBefore,
          loadAfter);
      System.out.println(Latencies.header());
      System.out.println(viaApi.row("GET /api/search (cache bypassed)"));
      System.out.println(direct.row("same query straight to Elasticsearch"));
      System.out.println(tookInElasticsearch.row("  of which Elasticsearch 'took'"));
      System.out.println(suggest.row("GET /api/search/suggest"));
      System.out.printf(
          Locale.ROOT,
          "%np95 ratio API / direct: %.2f (target: p95 under 50 ms and within 2x of the direct query)%n",
          viaApi.percentile(95) / direct.percentile(95));
    } finally {
      client._transport().close();
    }
  }

  private static long timeApi(ApiClient app, String path) {
    long started = System.nanoTime();
    ApiClient.Reply reply = app.get(path, BYPASS);
    long elapsed = System.nanoTime() - started;
    require(reply.status() == 200, path + " answered " + reply.status() + ": " + reply.body());
    return elapsed;
  }

  /** Wall time of the client call, and Elasticsearch's own {@code took}, in nanoseconds. */
  private static long[] timeDirect(
      ElasticsearchClient client, SearchCriteria criteria, String alias) throws Exception {
    long started = System.nanoTime();
    var response = client.search(ProductQuery.build(criteria, alias), ProductDocument.class);
    long elapsed = System.nanoTime() - started;
    return new long[] {elapsed, Duration.ofMillis(response.took()).toNanos()};
  }

  private static long prepareCatalogue(String db, long target) throws Exception {
    try (Connection connection = DriverManager.getConnection(db, "postgres", "")) {
      long before = BenchCatalogue.searchableListings(connection);
      System.out.printf(
          Locale.ROOT, "%d searchable listings in the database; target %d%n", before, target);
      long started = System.nanoTime();
      long added = BenchCatalogue.topUp(connection, target);
      if (added > 0) {
        System.out.printf(
            Locale.ROOT,
            "Generated %d listings in %.1f s; announced their shops through the outbox%n",
            added,
            (System.nanoTime() - started) / 1e9);
      }
      return BenchCatalogue.searchableListings(connection);
    }
  }

  private static void awaitIndexed(ElasticsearchClient client, String alias, long searchable)
      throws Exception {
    long started = System.nanoTime();
    long last = -1;
    while (true) {
      long indexed = client.count(c -> c.index(alias)).count();
      if (indexed >= searchable) {
        System.out.printf(Locale.ROOT, "%d listings indexed%n", indexed);
        return;
      }
      if (indexed != last) {
        System.out.printf(
            Locale.ROOT,
            "  indexed %d of %d (%.0f s)%n",
            indexed,
            searchable,
            (System.nanoTime() - started) / 1e9);
        last = indexed;
      }
      require(
          System.nanoTime() - started < Duration.ofMinutes(30).toNanos(),
          "indexing did not finish in 30 minutes");
      Thread.sleep(5_000);
    }
  }

  /** Two bypassed searches must both reach Elasticsearch, or the numbers would measure Redis. */
  private static void requireCacheBypass(ApiClient app) {
    String path = "api/search?q=bypass+check";
    double before = elasticsearchSearches(app);
    timeApi(app, path);
    timeApi(app, path);
    require(
        elasticsearchSearches(app) - before >= 2,
        "the application serves bypassed searches from the cache: start it with SEARCH_CACHE_BYPASS_ALLOWED=true");
  }

  private static double elasticsearchSearches(ApiClient app) {
    String metrics = app.get("metrics?scope=application", "text/plain").body();
    return metrics
        .lines()
        .filter(
            line ->
                line.startsWith("search_latency_seconds_count")
                    && line.contains("source=\"elasticsearch\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  static void requireReady(ApiClient app) {
    ApiClient.Reply ready = app.get("health/ready");
    require(
        ready.status() == 200,
        "the local stack is not ready (start it with ./mvnw -Prun): " + ready.body());
  }

  private static SearchCriteria criteria(Map<String, String> query) {
    return SearchCriteria.parse(
        query.get("q"),
        query.get("category"),
        query.get("minPrice"),
        query.get("maxPrice"),
        query.get("isVintage"),
        query.get("page"),
        query.get("pageSize"),
        query.get("sort"));
  }

  private static String queryString(Map<String, String> query) {
    StringJoiner joined = new StringJoiner("&");
    query.forEach((name, value) -> joined.add(name + "=" + encode(value)));
    return joined.toString();
  }

  private static Map<String, String> params(String... pairs) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.put(pairs[i], pairs[i + 1]);
    }
    return params;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
