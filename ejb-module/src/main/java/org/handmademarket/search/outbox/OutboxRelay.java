package org.handmademarket.search.outbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.handmademarket.platform.outbox.Backoff;
import org.handmademarket.platform.search.Indexing;
import org.handmademarket.search.SearchIndexAlias;
import org.handmademarket.search.cache.SearchCache;
import org.handmademarket.search.index.IndexDefinition;
import org.handmademarket.search.index.ProductIndex;
import org.handmademarket.search.index.ProductIndexer;
import org.handmademarket.search.index.ProductSnapshots;

/**
 * Moves one batch of search events from the outbox into the index, in one transaction: claim the
 * due rows (locked, skipping rows another instance holds), index the current state of every listing
 * they concern, then mark each row processed or, if its listings could not be indexed, failed with
 * a later retry time. The row locks are held until the outcome is recorded, so no event is lost or
 * handled twice at once.
 */
@Stateless
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  /**
   * After 1 s, then 2, 4, 8 and 16 s, then every 30 s: an Elasticsearch outage costs a few attempts
   * per event, and recovery is noticed within 30 s.
   */
  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

  @Inject DataSource dataSource;

  @Inject @Indexing ElasticsearchClient client;

  @Inject SearchCache cache;

  @Inject MetricRegistry metrics;

  @Inject SearchIndexAlias indexAlias;

  @Inject
  @ConfigProperty(name = "search.outbox.batch.size")
  int batchSize;

  private ProductIndexer indexer;
  private Counter processed;
  private Counter failed;

  @PostConstruct
  void init() {
    indexer =
        new ProductIndexer(
            new ProductSnapshots(dataSource),
            new ProductIndex(client, indexAlias.name(), IndexDefinition.products()));
    processed = metrics.counter("search.outbox.events.processed");
    failed = metrics.counter("search.outbox.events.failed");
  }

  public int batchSize() {
    return batchSize;
  }

  /**
   * Relays up to {@link #batchSize()} due events; returns how many were claimed. A database failure
   * leaves as an unchecked exception, which rolls the claims back for a later run.
   */
  public int relayBatch() {
    try (Connection connection = dataSource.getConnection()) {
      List<OutboxEvent> events = OutboxEvents.claim(connection, batchSize);
      if (events.isEmpty()) {
        return 0;
      }
      Map<OutboxEvent, Set<Long>> listings = listingsConcerned(connection, events);
      Set<Long> all = new LinkedHashSet<>();
      listings.values().forEach(all::addAll);
      Attempt attempt = index(all);
      List<Long> done = new ArrayList<>();
      for (OutboxEvent event : events) {
        String error = attempt.errorFor(listings.get(event));
        if (error == null) {
          done.add(event.id());
        } else {
          OutboxEvents.markFailed(
              connection, event, error, BACKOFF.afterFailedAttempts(event.attempts() + 1));
        }
      }
      OutboxEvents.markProcessed(connection, done);
      if (attempt.changedIndex(all.size())) {
        cache.invalidateAll();
      }
      processed.inc(done.size());
      failed.inc(events.size() - done.size());
      if (done.size() < events.size()) {
        LOG.warning(
            (events.size() - done.size())
                + " of "
                + events.size()
                + " search events failed and will be retried: "
                + attempt);
      }
      return events.size();
    } catch (SQLException e) {
      throw new IllegalStateException("The outbox could not be read or updated", e);
    }
  }

  private static Map<OutboxEvent, Set<Long>> listingsConcerned(
      Connection connection, List<OutboxEvent> events) throws SQLException {
    Map<OutboxEvent, Set<Long>> listings = new LinkedHashMap<>();
    for (OutboxEvent event : events) {
      listings.put(
          event,
          event.concernsShop()
              ? OutboxEvents.productsOfShops(connection, List.of(event.aggregateId()))
              : Set.of(event.aggregateId()));
    }
    return listings;
  }

  private Attempt index(Set<Long> listings) {
    try {
      return new Attempt(indexer.refresh(listings).failures(), null);
    } catch (Exception e) {
      // Elasticsearch unreachable, or the listings unreadable: every event waits for a retry.
      return new Attempt(Map.of(), String.valueOf(e));
    }
  }

  /** The outcome of indexing a batch: failed listings, or a failure of the whole batch. */
  private record Attempt(Map<Long, String> failures, String batchFailure) {

    /** Why an event's listings are not all indexed, or {@code null} if they are. */
    String errorFor(Set<Long> listings) {
      if (batchFailure != null) {
        return batchFailure;
      }
      for (Long listing : listings) {
        String failure = failures.get(listing);
        if (failure != null) {
          return "listing " + listing + ": " + failure;
        }
      }
      return null;
    }

    boolean changedIndex(int listings) {
      return batchFailure == null && failures.size() < listings;
    }

    @Override
    public String toString() {
      return batchFailure != null
          ? batchFailure
          : failures.entrySet().stream().limit(3).toList().toString();
    }
  }
}
