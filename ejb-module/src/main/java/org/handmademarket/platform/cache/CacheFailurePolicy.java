package org.handmademarket.platform.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a cache does when Redis fails: a read is a miss, a write is skipped, the outage is logged
 * once (and its end once), and Redis is left alone for a pause after each failure, so that an
 * outage costs one timeout rather than one per request. Each cache keeps a policy of its own: one
 * cache's failure does not pause another.
 *
 * <p>A cache whose entries must go when the data changes (a revoked session, a changed cart) gives
 * a purge: after an eviction was lost, nothing is read or written until the purge has succeeded, so
 * that no entry that should have gone is served.
 *
 * <p>Callers that must not carry on without Redis (idempotency claims) do not use a policy: they
 * catch {@link RedisFailure} themselves and refuse.
 */
public final class CacheFailurePolicy {

  private static final Logger LOG = Logger.getLogger(CacheFailurePolicy.class.getName());

  private final String whileDown;
  private final long pauseNanos;
  private final LongSupplier nanoTime;
  private final Runnable purge;

  private volatile boolean failing;
  private volatile long failedAtNanos;
  private volatile boolean mayHoldStale;

  /**
   * @param whileDown what happens instead while Redis is down, for the log (e.g. "carts are read
   *     from PostgreSQL")
   * @param pause how long Redis is left alone after a failure
   * @param purge deletes every entry of the cache, or {@code null} when a lost eviction does no
   *     harm
   * @param nanoTime the monotonic clock, {@link System#nanoTime} outside tests
   */
  CacheFailurePolicy(String whileDown, Duration pause, Runnable purge, LongSupplier nanoTime) {
    this.whileDown = whileDown;
    this.pauseNanos = pause.toNanos();
    this.purge = purge;
    this.nanoTime = nanoTime;
  }

  /** A policy for a cache whose entries may outlive their data until they expire. */
  public static CacheFailurePolicy pausing(String whileDown, Duration pause) {
    return new CacheFailurePolicy(whileDown, pause, null, System::nanoTime);
  }

  /** A policy for a cache that runs {@code purge} after a lost eviction, before any other use. */
  public static CacheFailurePolicy pausingAndPurging(
      String whileDown, Duration pause, Runnable purge) {
    return new CacheFailurePolicy(whileDown, pause, purge, System::nanoTime);
  }

  /** Runs a read; empty when it found nothing, when Redis failed or when Redis is left alone. */
  public <T> Optional<T> read(Supplier<T> command) {
    if (!usable()) {
      return Optional.empty();
    }
    try {
      T result = command.get();
      answered();
      return Optional.ofNullable(result);
    } catch (RuntimeException e) {
      failed(e);
      return Optional.empty();
    }
  }

  /** Runs a write, or skips it when Redis is left alone; a failure is logged and swallowed. */
  public void write(Runnable command) {
    read(
        () -> {
          command.run();
          return Boolean.TRUE;
        });
  }

  /**
   * Runs an eviction. While Redis is left alone it is not tried, and, like a failed one, it makes
   * the cache purge itself before its next use.
   */
  public void evict(Runnable command) {
    if (paused()) {
      mayHoldStale = true;
      return;
    }
    evictEvenWhilePaused(command);
  }

  /**
   * Runs an eviction even while Redis is left alone, for a cache where one more timeout costs less
   * than a purge; a failure makes the cache purge itself before its next use.
   */
  public void evictEvenWhilePaused(Runnable command) {
    try {
      command.run();
      answered();
    } catch (RuntimeException e) {
      mayHoldStale = true;
      failed(e);
    }
  }

  private boolean usable() {
    if (paused()) {
      return false;
    }
    return !mayHoldStale || purge == null || purged();
  }

  private boolean paused() {
    return failing && nanoTime.getAsLong() - failedAtNanos < pauseNanos;
  }

  private boolean purged() {
    try {
      purge.run();
      mayHoldStale = false;
      answered();
      return true;
    } catch (RuntimeException e) {
      failed(e);
      return false;
    }
  }

  private void answered() {
    if (failing) {
      failing = false;
      LOG.info(() -> "Redis answers again; no longer: " + whileDown);
    }
  }

  private void failed(RuntimeException e) {
    failedAtNanos = nanoTime.getAsLong();
    if (!failing) {
      failing = true;
      LOG.log(Level.WARNING, () -> "Redis is unavailable (" + e + "); " + whileDown);
    } else {
      LOG.log(Level.FINE, () -> "Redis is still unavailable: " + e);
    }
  }
}
