package org.handmademarket.feed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Product views and feed events, recorded off the request's path: a request only puts an entry on
 * an in-memory queue; an EJB timer writes the queue to PostgreSQL in batches every {@code
 * feed.activity.flush.millis} and then keeps each shopper's last {@link #VIEWS_KEPT} views. A crash
 * loses at most one interval of views and impressions, which only ever inform rankings. When the
 * queue is full (the database is down for long) new entries are dropped rather than memory
 * exhausted.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ActivityLog {

  /** Views kept per shopper: enough for their preferences. */
  public static final int VIEWS_KEPT = 50;

  private static final int CAPACITY = 50_000;
  private static final Logger LOG = Logger.getLogger(ActivityLog.class.getName());

  record View(long userId, long productId, Instant at) {}

  record Event(
      long userId,
      Variant variant,
      String section,
      FeedAction action,
      Long productId,
      Instant at) {}

  @Resource TimerService timers;

  @Inject DataSource dataSource;

  @Inject
  @ConfigProperty(name = "feed.activity.flush.millis")
  long flushMillis;

  private final BlockingQueue<View> views = new LinkedBlockingQueue<>(CAPACITY);
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>(CAPACITY);
  private final ReentrantLock flushing = new ReentrantLock();
  private volatile boolean failing;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(flushMillis, flushMillis, new TimerConfig("feed-activity", false));
  }

  public void view(long userId, long productId) {
    views.offer(new View(userId, productId, Instant.now()));
  }

  public void event(
      long userId, Variant variant, String section, FeedAction action, Long productId) {
    events.offer(new Event(userId, variant, section, action, productId, Instant.now()));
  }

  @Timeout
  void onTimer() {
    flush();
  }

  /** Writes what is queued now; one flush at a time, a concurrent call returns at once. */
  public void flush() {
    if (!flushing.tryLock()) {
      return;
    }
    try {
      List<View> viewBatch = new ArrayList<>();
      views.drainTo(viewBatch);
      List<Event> eventBatch = new ArrayList<>();
      events.drainTo(eventBatch);
      if (viewBatch.isEmpty() && eventBatch.isEmpty()) {
        return;
      }
      write(viewBatch, eventBatch);
      if (failing) {
        failing = false;
        LOG.info("Product views and feed events are recorded again");
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          failing ? Level.FINE : Level.WARNING,
          "Recording product views and feed events failed",
          e);
      failing = true;
    } finally {
      flushing.unlock();
    }
  }

  private void write(List<View> viewBatch, List<Event> eventBatch) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!viewBatch.isEmpty()) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO product_views (user_id, product_id, viewed_at) VALUES (?, ?, ?)")) {
          for (View view : viewBatch) {
            insert.setLong(1, view.userId());
            insert.setLong(2, view.productId());
            insert.setTimestamp(3, Timestamp.from(view.at()));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        prune(connection, viewBatch);
      }
      if (!eventBatch.isEmpty()) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO feed_events (user_id, variant, section, action, product_id, occurred_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
          for (Event event : eventBatch) {
            insert.setLong(1, event.userId());
            insert.setString(2, event.variant().name());
            insert.setString(3, event.section());
            insert.setString(4, event.action().name());
            insert.setObject(5, event.productId());
            insert.setTimestamp(6, Timestamp.from(event.at()));
            insert.addBatch();
          }
          insert.executeBatch();
        }
      }
    }
  }

  /** Keeps the last {@link #VIEWS_KEPT} views of each shopper who just viewed something. */
  private static void prune(Connection connection, List<View> batch) throws SQLException {
    Set<Long> shoppers = new TreeSet<>();
    batch.forEach(view -> shoppers.add(view.userId()));
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM product_views WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER"
                + " (PARTITION BY user_id ORDER BY viewed_at DESC, id DESC) AS recency FROM product_views"
                + " WHERE user_id = ANY (?)) ranked WHERE recency > "
                + VIEWS_KEPT
                + ")")) {
      delete.setArray(1, connection.createArrayOf("bigint", shoppers.toArray(Long[]::new)));
      delete.executeUpdate();
    }
  }
}
