package org.handmademarket.cart;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.platform.cache.CacheFailurePolicy;
import org.handmademarket.platform.cache.RedisCommands;
import org.handmademarket.platform.cache.RedisConnection;

/**
 * The grouped cart in Redis, a hash under {@code marketplace:cart:{userId}} with one field per
 * shipping country ({@code -} when none was given), for {@link #TTL}. Only an optimisation: every
 * Redis failure is a miss and the caller reads PostgreSQL. After a failure Redis is left alone for
 * a moment, so an outage costs one timeout rather than one per request ({@link
 * CacheFailurePolicy}).
 *
 * <p>Entries are dropped after the transaction that changed the cart commits: dropping them earlier
 * would let a concurrent read cache the old cart again before the change is visible.
 */
@ApplicationScoped
public class CartCache {

  static final Duration TTL = Duration.ofMinutes(5);

  private static final Duration BACK_OFF = Duration.ofSeconds(2);
  private static final String PREFIX = RedisConnection.BUCKET + ":cart:";
  private static final Logger LOG = Logger.getLogger(CartCache.class.getName());

  private final Jsonb jsonb = JsonbBuilder.create();

  @Inject RedisCommands redis;

  // After an eviction was lost, no cached cart can be trusted: all go before any is read again.
  private final CacheFailurePolicy policy =
      CacheFailurePolicy.pausingAndPurging(
          "carts are read from PostgreSQL", BACK_OFF, () -> redis.deleteByPrefix(PREFIX));

  Optional<CartView> get(long userId, String country) {
    return policy
        .read(() -> redis.hashGet(PREFIX + userId, field(country)).orElse(null))
        .flatMap(this::parse);
  }

  void put(long userId, String country, CartView cart) {
    policy.write(() -> redis.hashPut(PREFIX + userId, field(country), jsonb.toJson(cart), TTL));
  }

  void evictAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CartChanged changed) {
    evict(changed.userId());
  }

  private static String field(String country) {
    return country == null ? "-" : country;
  }

  /** An entry written by another version, or damaged, is a miss: PostgreSQL has the cart. */
  private Optional<CartView> parse(String json) {
    try {
      return Optional.of(jsonb.fromJson(json, CartView.class));
    } catch (JsonbException unreadable) {
      return Optional.empty();
    }
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
    // Tried even while backing off: a stale cart for five minutes is worse than one more timeout.
    policy.evictEvenWhilePaused(() -> redis.delete(keys));
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
