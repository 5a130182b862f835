package org.handmademarket.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.search.cache.SearchCache;
import org.handmademarket.search.index.ProductDocument;
import org.handmademarket.search.query.ProductQuery;
import org.handmademarket.search.query.SearchCriteria;
import org.handmademarket.search.query.SuggestQuery;

/**
 * Product search for shoppers: full-text search with facets, and typeahead suggestions.
 *
 * <p>Results are cached in Redis (see {@link SearchCache}). When Elasticsearch cannot answer, a
 * cached result is still served; without one the search is refused with 503 and a Retry-After,
 * never with a 500.
 *
 * <p>Metrics: {@code search.latency} (a timer, tagged {@code source=cache} or {@code
 * source=elasticsearch}), {@code search.suggest.latency}, and the counters {@code
 * search.cache.hits} and {@code search.cache.misses}.
 */
@ApplicationScoped
public class ProductSearch {

  private static final Logger LOG = Logger.getLogger(ProductSearch.class.getName());

  /**
   * A restarted Elasticsearch node takes a few seconds; the client should not hammer it meanwhile.
   */
  static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  /** The API's own image endpoint, as the catalogue's links use it. */
  static final String DEFAULT_IMAGE_BASE = "/api/images/";

  @Inject ElasticsearchClient client;

  @Inject SearchCache cache;

  @Inject MetricRegistry metrics;

  @Inject SearchIndexAlias indexAlias;

  /** Whether a request may ask to skip the cache (benchmarks, diagnosis); off in production. */
  @Inject
  @ConfigProperty(name = "search.cache.bypass.allowed")
  boolean bypassAllowed;

  /** Where clients load images from: the catalogue's setting, so that a CDN applies here too. */
  @Inject
  @ConfigProperty(name = "images.base-url")
  Optional<String> configuredImageBase;

  private String imageBaseUrl;

  /**
   * Whether the last search failed for want of Elasticsearch: an outage is logged once, not per
   * search.
   */
  private volatile boolean unavailable;

  private Jsonb jsonb;
  private Timer fromCache;
  private Timer fromElasticsearch;
  private Timer suggestLatency;
  private Counter hits;
  private Counter misses;

  @PostConstruct
  void init() {
    jsonb = JsonbBuilder.create();
    imageBaseUrl =
        configuredImageBase
            .filter(base -> !base.isBlank())
            .map(base -> base.endsWith("/") ? base : base + "/")
            .orElse(DEFAULT_IMAGE_BASE);
    // Timers record nanoseconds; so declared, the exporter publishes seconds.
    Metadata latency =
        Metadata.builder()
            .withName("search.latency")
            .withDescription("Time to answer a product search, by where the result came from")
            .withUnit(MetricUnits.NANOSECONDS)
            .build();
    fromCache = metrics.timer(latency, new Tag("source", "cache"));
    fromElasticsearch = metrics.timer(latency, new Tag("source", "elasticsearch"));
    suggestLatency =
        metrics.timer(
            Metadata.builder()
                .withName("search.suggest.latency")
                .withDescription("Time to answer a typeahead request")
                .withUnit(MetricUnits.NANOSECONDS)
                .build());
    hits = metrics.counter("search.cache.hits");
    misses = metrics.counter("search.cache.misses");
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing JSON-B failed", e);
    }
  }

  /**
   * @param bypassCache asked for by the request; honoured only where {@code
   *     search.cache.bypass.allowed} is true
   */
  public SearchResult search(SearchCriteria criteria, boolean bypassCache) {
    long started = System.nanoTime();
    boolean cacheable = !(bypassCache && bypassAllowed);
    SearchCache.Entry entry = cacheable ? cache.lookup(criteria.cacheKey()) : null;
    Optional<SearchResult> cached = entry == null ? Optional.empty() : read(entry);
    if (cached.isPresent()) {
      hits.inc();
      fromCache.update(Duration.ofNanos(System.nanoTime() - started));
      return cached.get();
    }
    if (cacheable) {
      misses.inc();
    }
    SearchResult result =
        SearchResults.of(
            execute(ProductQuery.build(criteria, indexAlias.name())), criteria, imageBaseUrl);
    if (entry != null) {
      cache.store(entry, jsonb.toJson(result));
    }
    fromElasticsearch.update(Duration.ofNanos(System.nanoTime() - started));
    return result;
  }

  /** Titles of listings in stock that complete {@code q}, tolerating a typo. */
  public Suggestions suggest(String q) {
    String prefix = SuggestQuery.prefix(q);
    long started = System.nanoTime();
    Suggestions suggestions =
        SearchResults.suggestions(execute(SuggestQuery.build(prefix, indexAlias.name())));
    suggestLatency.update(Duration.ofNanos(System.nanoTime() - started));
    return suggestions;
  }

  private Optional<SearchResult> read(SearchCache.Entry entry) {
    try {
      return entry.hit().map(json -> jsonb.fromJson(json, SearchResult.class));
    } catch (JsonbException e) {
      // Written by an older release with another shape: a miss, soon overwritten.
      LOG.log(Level.FINE, "Unreadable cached search result", e);
      return Optional.empty();
    }
  }

  private SearchResponse<ProductDocument> execute(SearchRequest request) {
    try {
      SearchResponse<ProductDocument> response = client.search(request, ProductDocument.class);
      if (unavailable) {
        unavailable = false;
        LOG.info("Elasticsearch answers searches again");
      }
      return response;
    } catch (IOException e) {
      throw unavailable(e);
    } catch (ElasticsearchException e) {
      // 404: the alias does not exist yet (first start, index being built); 429/5xx: overloaded or
      // down.
      if (e.status() == 404 || e.status() == 429 || e.status() >= 500) {
        throw unavailable(e);
      }
      throw e;
    }
  }

  private MarketplaceException unavailable(Exception cause) {
    LOG.log(
        unavailable ? Level.FINE : Level.WARNING,
        () -> "Elasticsearch cannot answer searches: " + cause);
    unavailable = true;
    return new MarketplaceException(
        ProblemType.SERVICE_UNAVAILABLE,
        "Search is unavailable at the moment. Please try again shortly.",
        Map.of(),
        RETRY_AFTER);
  }
}
