package org.handmademarket.cart;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.platform.cache.RedisConnection;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The grouped cart in Redis, a hash under {@code marketplace:cart:{userId}} with one field per
 * shipping country ({@code -} when none was given), for {@link #TTL}. Only an optimisation: every
 * Redis failure is a miss and the caller reads PostgreSQL. After a failure Redis is left alone for
 * a moment, so an outage costs one timeout rather than one per request.
 *
 * <p>Entries are dropped after the transaction that changed the cart commits: dropping them earlier
 * would let a concurrent read cache the old cart again before the change is visible.
 */
@ApplicationScoped
public class CartCache {

  static final Duration TTL = Duration.ofMinutes(5);

  private static final long BACK_OFF_NANOS = Duration.ofSeconds(2).toNanos();
  private static final String PREFIX = RedisConnection.BUCKET + ":cart:";
  private static final Logger LOG = Logger.getLogger(CartCache.class.getName());

  private final Jsonb jsonb = JsonbBuilder.create();

  @Inject RedisConnection redis;

  private volatile long lastFailureNanos;
  private volatile boolean failing;
  private volatile boolean mayHoldStale;

  Optional<CartView> get(long userId, String country) {
    if (!usable()) {
      return Optional.empty();
    }
    try {
      String cached = redis.execute(jedis -> jedis.hget(PREFIX + userId, field(country)));
      answered();
      return cached == null
          ? Optional.empty()
          : Optional.of(jsonb.fromJson(cached, CartView.class));
    } catch (RuntimeException e) {
      failed(e);
      return Optional.empty();
    }
  }

  void put(long userId, String country, CartView cart) {
    if (!usable()) {
      return;
    }
    try {
      String json = jsonb.toJson(cart);
      redis.execute(
          jedis -> {
            jedis.hset(PREFIX + userId, field(country), json);
            return jedis.expire(PREFIX + userId, TTL.toSeconds());
          });
      answered();
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  void evictAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CartChanged changed) {
    evict(changed.userId());
  }

  private static String field(String country) {
    return country == null ? "-" : country;
  }

  void evict(long userId) {
    evict(List.of(userId));
  }

  /** Drops the cached carts of these shoppers now (the caller's change is committed already). */
  void evict(Collection<Long> userIds) {
    if (userIds.isEmpty()) {
      return;
    }
    String[] keys = userIds.stream().map(id -> PREFIX + id).toArray(String[]::new);
    try {
      // Tried even while backing off: a stale cart for five minutes is worse than one more timeout.
      redis.execute(jedis -> jedis.del(keys));
      answered();
    } catch (RuntimeException e) {
      mayHoldStale = true;
      failed(e);
    }
  }

  private boolean usable() {
    if (failing && System.nanoTime() - lastFailureNanos < BACK_OFF_NANOS) {
      return false;
    }
    return !mayHoldStale || purge();
  }

  /** After an eviction was lost, no cached cart can be trusted: all go before any is read again. */
  private boolean purge() {
    try {
      redis.execute(
          jedis -> {
            String cursor = ScanParams.SCAN_POINTER_START;
            ScanParams match = new ScanParams().match(PREFIX + "*").count(500);
            do {
              ScanResult<String> page = jedis.scan(cursor, match);
              if (!page.getResult().isEmpty()) {
                jedis.del(page.getResult().toArray(String[]::new));
              }
              cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            return null;
          });
      mayHoldStale = false;
      answered();
      return true;
    } catch (RuntimeException e) {
      failed(e);
      return false;
    }
  }

  private void answered() {
    failing = false;
  }

  private void failed(RuntimeException e) {
    if (!failing) {
      LOG.log(
          Level.WARNING,
          "Redis unavailable for the cart cache; reading carts from PostgreSQL: {0}",
          e.toString());
    }
    failing = true;
    lastFailureNanos = System.nanoTime();
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "closing JSON-B", e);
    }
  }
}
