package org.handmademarket.search.outbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.handmademarket.platform.search.Indexing;
import org.handmademarket.search.SearchIndexAlias;
import org.handmademarket.search.index.IndexDefinition;
import org.handmademarket.search.index.ProductIndex;

/**
 * Drains the outbox into the index, every {@code search.outbox.poll.millis} (500 ms by default) on
 * each instance. A fixed delay between runs makes it single-flight per instance; the row claims
 * make several instances safe together. A full batch is followed by the next one at once, so a
 * burst is worked off without waiting for the timer.
 *
 * <p>Publishes {@code search.outbox.lag}: how long the oldest pending search event has been
 * waiting.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OutboxPoller {

  private static final Logger LOG = Logger.getLogger(OutboxPoller.class.getName());

  /** How long one run may keep draining before it yields to the next scheduled run. */
  private static final Duration DRAIN_LIMIT = Duration.ofSeconds(5);

  @EJB OutboxRelay relay;

  @Inject @Indexing ElasticsearchClient client;

  @Inject MetricRegistry metrics;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject DataSource dataSource;

  @Inject SearchIndexAlias indexAlias;

  @Inject
  @ConfigProperty(name = "search.outbox.poll.millis")
  long pollMillis;

  private ScheduledFuture<?> schedule;
  private volatile boolean indexReady;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    metrics.gauge(
        Metadata.builder()
            .withName("search.outbox.lag")
            .withDescription(
                "Age of the oldest search event in the outbox not yet indexed (0 when none)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        this,
        OutboxPoller::lagSeconds);
    schedule =
        scheduler.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /** Never throws: an exception would cancel the schedule for good. */
  void poll() {
    try {
      if (!indexReady()) {
        return;
      }
      long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
      int claimed;
      do {
        claimed = relay.relayBatch();
      } while (claimed == relay.batchSize() && System.nanoTime() < deadline);
      if (failing) {
        failing = false;
        LOG.info("The search outbox is being relayed again");
      }
    } catch (Exception e) {
      if (!failing) {
        failing = true;
        LOG.log(
            Level.WARNING,
            "Relaying the search outbox failed; retrying every " + pollMillis + " ms",
            e);
      }
    }
  }

  /**
   * Until the first index exists there is nowhere to write: events wait (without counting failed
   * attempts) for the start-up reindex, which reads the current state anyway.
   */
  private boolean indexReady() throws IOException {
    if (!indexReady) {
      indexReady = new ProductIndex(client, indexAlias.name(), IndexDefinition.products()).exists();
    }
    return indexReady;
  }

  private double lagSeconds() {
    try {
      return OutboxEvents.oldestPendingAge(dataSource)
          .map(age -> age.toMillis() / 1000.0)
          .orElse(0.0);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "Outbox lag unknown", e);
      return Double.NaN;
    }
  }
}
