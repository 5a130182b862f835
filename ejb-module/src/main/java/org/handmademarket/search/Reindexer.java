package org.handmademarket.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.search.Indexing;
import org.handmademarket.search.cache.SearchCache;
import org.handmademarket.search.index.FullReindex;
import org.handmademarket.search.index.IndexDefinition;
import org.handmademarket.search.index.ProductIndex;
import org.handmademarket.search.index.ProductIndexer;
import org.handmademarket.search.index.ProductSnapshots;
import org.handmademarket.search.outbox.OutboxEvents;

/**
 * Full reindexes: the products index rebuilt from PostgreSQL in the background while searches keep
 * using the current one (see {@link FullReindex}). Started when the application finds no index or
 * one built from another definition, and by an administrator; {@link #progress()} reports how far
 * it got.
 *
 * <p>One reindex at a time: per instance by the progress state, across instances by a PostgreSQL
 * advisory lock. Changes relayed from the outbox while the new index was loading went to the old
 * one; once the alias has moved, the listings those events concern are indexed again, and external
 * versions make sure that a late write of an older state loses.
 */
@ApplicationScoped
public class Reindexer {

  private static final Logger LOG = Logger.getLogger(Reindexer.class.getName());

  /** The advisory lock that serialises full reindexes across instances. */
  static final long LOCK = 0x5EA2C4_0001L;

  @Inject @Indexing ElasticsearchClient client;

  @Inject SearchCache cache;

  @Inject DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject SearchIndexAlias indexAlias;

  @Inject
  @ConfigProperty(name = "search.reindex.page.size")
  int pageSize;

  private final AtomicReference<ReindexProgress> progress =
      new AtomicReference<>(ReindexProgress.idle());

  /**
   * Starts a full reindex in the background, unless one is running here already; returns its
   * progress.
   */
  public ReindexProgress start(String reason) {
    ReindexProgress started = ReindexProgress.started(reason, Instant.now());
    ReindexProgress current;
    do {
      current = progress.get();
      if (current.running()) {
        return current;
      }
    } while (!progress.compareAndSet(current, started));
    LOG.info(() -> "Full reindex of " + indexAlias.name() + " starting: " + reason);
    executor.submit(this::run);
    return started;
  }

  public ReindexProgress progress() {
    return progress.get();
  }

  /**
   * Starts a reindex if the alias is missing or its index was built from another definition (unless
   * one is running already).
   *
   * @return whether the live index is current, so that nothing had to be started
   */
  public boolean ensureCurrent() throws IOException {
    IndexDefinition definition = IndexDefinition.products();
    Optional<ProductIndex.LiveIndex> live = index().live();
    if (live.isEmpty()) {
      start("the alias " + indexAlias.name() + " does not exist yet");
      return false;
    }
    if (!live.get().checksum().equals(definition.checksum())) {
      start(live.get().name() + " was built from another index definition");
      return false;
    }
    return true;
  }

  private void run() {
    try (Connection lock = dataSource.getConnection()) {
      if (!advisoryLock(lock, "pg_try_advisory_lock")) {
        finish(ReindexProgress.State.SKIPPED, "another instance is reindexing");
        return;
      }
      try {
        reindex();
      } finally {
        advisoryLock(lock, "pg_advisory_unlock");
      }
    } catch (Exception e) {
      LOG.log(
          Level.SEVERE,
          "Full reindex of " + indexAlias.name() + " failed; searches keep the previous index",
          e);
      finish(ReindexProgress.State.FAILED, String.valueOf(e));
    }
  }

  private void reindex() throws IOException, SQLException {
    ProductIndex index = index();
    ProductSnapshots snapshots = new ProductSnapshots(dataSource);
    Instant since = OutboxEvents.databaseNow(dataSource);
    long started = System.nanoTime();
    ProgressLog log = new ProgressLog(started);
    FullReindex.Result result =
        new FullReindex(snapshots, index, pageSize)
            .run(
                Instant.now(),
                (name, indexed, total) -> {
                  progress.updateAndGet(p -> p.loaded(name, indexed, total));
                  log.loaded(name, indexed, total);
                });
    Set<Long> touched = OutboxEvents.productsTouchedSince(dataSource, since);
    ProductIndex.WriteOutcome catchUp = new ProductIndexer(snapshots, index).refresh(touched);
    if (!catchUp.succeeded()) {
      LOG.warning(
          () ->
              catchUp.failures().size()
                  + " listings changed during the reindex could not be indexed; they are up to date"
                  + " again with their next change: "
                  + catchUp.failures());
    }
    cache.invalidateAll();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        () ->
            String.format(
                Locale.ROOT,
                "Full reindex done: %s holds %d listings (%d re-read after changes meanwhile), built in %.1f s;"
                    + " replaced %s",
                result.index(),
                result.indexed(),
                touched.size(),
                took.toMillis() / 1000.0,
                result.replaced()));
    finish(ReindexProgress.State.COMPLETED, null);
  }

  private void finish(ReindexProgress.State outcome, String message) {
    progress.updateAndGet(p -> p.finished(outcome, Instant.now(), message));
  }

  private ProductIndex index() {
    return new ProductIndex(client, indexAlias.name(), IndexDefinition.products());
  }

  private static boolean advisoryLock(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, LOCK);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  /** Logs the load every ten percent, with its rate. */
  private static final class ProgressLog {
    private final long startedNanos;
    private int lastDecile = -1;

    ProgressLog(long startedNanos) {
      this.startedNanos = startedNanos;
    }

    void loaded(String index, long indexed, long total) {
      int decile = total == 0 ? 10 : (int) (indexed * 10 / total);
      if (decile == lastDecile) {
        return;
      }
      lastDecile = decile;
      double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
      LOG.info(
          () ->
              String.format(
                  Locale.ROOT,
                  "Reindexing into %s: %d of %d listings (%d%%), %.0f per second",
                  index,
                  indexed,
                  total,
                  total == 0 ? 100 : indexed * 100 / total,
                  indexed / seconds));
    }
  }
}
