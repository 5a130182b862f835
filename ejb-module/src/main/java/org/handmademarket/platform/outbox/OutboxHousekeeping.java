package org.handmademarket.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Keeps the outbox small and observable, whatever the event types: deletes every consumed event
 * older than {@code outbox.retention.seconds} (7 days by default; long enough to see what was
 * relayed when something went wrong), and publishes per event type how many events wait ({@code
 * outbox.pending}) and how long the oldest of them has waited ({@code outbox.lag}). A type whose
 * pending count only grows has no consumer, or a broken one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OutboxHousekeeping {

  private static final Logger LOG = Logger.getLogger(OutboxHousekeeping.class.getName());

  /** Batches, so that purging a large backlog never holds long locks or a huge transaction. */
  private static final String PURGE =
      "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE processed_at < now() - ?"
          + " * interval '1 second' LIMIT 10000)";

  private static final String PER_TYPE =
      "SELECT event_type, count(*) FILTER (WHERE processed_at IS NULL),"
          + " extract(epoch FROM now() - min(created_at) FILTER (WHERE processed_at IS NULL))"
          + " FROM outbox GROUP BY event_type";

  private static final Duration MEASURE_EVERY = Duration.ofSeconds(15);

  @Inject DataSource dataSource;

  @Inject MetricRegistry metrics;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "outbox.retention.seconds")
  long retentionSeconds;

  @Inject
  @ConfigProperty(name = "outbox.purge.every.seconds")
  long purgeEverySeconds;

  /** Per event type: pending count and age in seconds of the oldest pending event. */
  private final Map<String, double[]> measured = new ConcurrentHashMap<>();

  private ScheduledFuture<?> purging;
  private ScheduledFuture<?> measuring;

  @PostConstruct
  void start() {
    purging =
        scheduler.scheduleWithFixedDelay(
            this::purgeQuietly, purgeEverySeconds, purgeEverySeconds, TimeUnit.SECONDS);
    measuring =
        scheduler.scheduleWithFixedDelay(
            this::measureQuietly, 0, MEASURE_EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (purging != null) {
      purging.cancel(false);
    }
    if (measuring != null) {
      measuring.cancel(false);
    }
  }

  /** Deletes the consumed events older than the retention period; returns how many. */
  public int purgeConsumed() {
    int total = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement purge = connection.prepareStatement(PURGE)) {
      purge.setLong(1, retentionSeconds);
      int deleted;
      do {
        deleted = purge.executeUpdate();
        total += deleted;
      } while (deleted == 10000);
    } catch (SQLException e) {
      throw new IllegalStateException("Consumed outbox events could not be purged", e);
    }
    return total;
  }

  /** Reads the per-type figures the gauges publish, and registers gauges for new types. */
  public void measure() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(PER_TYPE);
        ResultSet rows = query.executeQuery()) {
      Map<String, double[]> seen = new ConcurrentHashMap<>();
      while (rows.next()) {
        double lag = rows.getDouble(3);
        seen.put(rows.getString(1), new double[] {rows.getLong(2), rows.wasNull() ? 0 : lag});
      }
      measured.keySet().forEach(type -> measured.put(type, new double[] {0, 0}));
      seen.forEach(
          (type, figures) -> {
            if (measured.put(type, figures) == null) {
              register(type);
            }
          });
    } catch (SQLException e) {
      throw new IllegalStateException("The outbox could not be measured", e);
    }
  }

  private void register(String eventType) {
    Tag type = new Tag("event_type", eventType);
    metrics.gauge(
        Metadata.builder()
            .withName("outbox.pending")
            .withDescription("Outbox events of this type not consumed yet")
            .build(),
        measured,
        figures -> figures.get(eventType)[0],
        type);
    metrics.gauge(
        Metadata.builder()
            .withName("outbox.lag")
            .withDescription(
                "Age of the oldest outbox event of this type not consumed yet (0 when none)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        measured,
        figures -> figures.get(eventType)[1],
        type);
  }

  /** Never throws: an exception would cancel the schedule for good. */
  private void purgeQuietly() {
    try {
      int purged = purgeConsumed();
      LOG.fine(() -> "Purged " + purged + " consumed outbox events");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Purging the outbox failed; trying again later", e);
    }
  }

  private void measureQuietly() {
    try {
      measure();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Measuring the outbox failed", e);
    }
  }
}
