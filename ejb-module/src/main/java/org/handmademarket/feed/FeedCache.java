package org.handmademarket.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.platform.cache.RedisConnection;
import redis.clients.jedis.Jedis;

/**
 * Lists of listing ids in Redis under {@code marketplace:feed:...}, comma-separated, with a TTL.
 * Only an optimisation: every Redis failure is a miss (logged once per outage), and after one Redis
 * is left alone for {@link #BACK_OFF}, so that an outage costs one timeout rather than one per
 * feed.
 */
@ApplicationScoped
public class FeedCache {

  static final String PREFIX = RedisConnection.BUCKET + ":feed:";

  private static final Duration BACK_OFF = Duration.ofSeconds(2);
  private static final Logger LOG = Logger.getLogger(FeedCache.class.getName());

  @Inject RedisConnection redis;

  private volatile long failedAtNanos;
  private volatile boolean failing;

  /** The ids under {@code key}, or empty on a miss. */
  Optional<List<Long>> ids(String key) {
    return call(jedis -> jedis.get(PREFIX + key))
        .filter(value -> !value.isBlank())
        .map(value -> Arrays.stream(value.split(",")).map(Long::valueOf).toList());
  }

  /** How long {@code key} has left, or empty when it is absent or Redis cannot say. */
  Optional<Duration> timeToLive(String key) {
    return call(jedis -> jedis.ttl(PREFIX + key)).filter(ttl -> ttl > 0).map(Duration::ofSeconds);
  }

  void put(String key, List<Long> ids, Duration ttl) {
    String value = String.join(",", ids.stream().map(String::valueOf).toList());
    call(jedis -> jedis.setex(PREFIX + key, ttl.toSeconds(), value));
  }

  private <T> Optional<T> call(Function<Jedis, T> command) {
    if (failing && System.nanoTime() - failedAtNanos < BACK_OFF.toNanos()) {
      return Optional.empty();
    }
    try {
      T result = redis.execute(command);
      if (failing) {
        failing = false;
        LOG.info("Redis caches feed lists again");
      }
      return Optional.ofNullable(result);
    } catch (RuntimeException e) {
      LOG.log(failing ? Level.FINE : Level.WARNING, () -> "Redis unavailable for feed lists: " + e);
      failedAtNanos = System.nanoTime();
      failing = true;
      return Optional.empty();
    }
  }
}
