package org.handmademarket.search.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.cache.RedisConnection;

/**
 * Search results in Redis for a couple of minutes, keyed by the normalised criteria and by a
 * <em>generation</em> that the indexer bumps whenever it changes the index: a stock change is
 * visible to the next search instead of hiding behind a cached page, while identical searches
 * between changes (the home page, a popular category) are served from Redis.
 *
 * <p>Redis is an optimisation. Any Redis failure makes a lookup a miss and a store a no-op, and the
 * cache then rests for a few seconds instead of making every search wait for a dead server.
 *
 * <p>Values go through the Jedis pool rather than the JNoSQL bucket: SETEX stores a value and its
 * expiry in one command, and each call borrows its own connection.
 */
@ApplicationScoped
public class SearchCache {

  private static final Logger LOG = Logger.getLogger(SearchCache.class.getName());

  static final String GENERATION_KEY = RedisConnection.BUCKET + ":search:generation";
  static final String RESULT_PREFIX = RedisConnection.BUCKET + ":search:results:";
  static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(5);

  /** Where a result was (or is to be) cached; {@code value} is the cached JSON on a hit. */
  public record Entry(String redisKey, String value) {

    public Optional<String> hit() {
      return Optional.ofNullable(value);
    }
  }

  @Inject RedisConnection redis;

  @Inject
  @ConfigProperty(name = "search.cache.ttl.seconds")
  int ttlSeconds;

  private volatile long restingUntilNanos = System.nanoTime();

  /** Looks a result up; an empty entry (no key) when Redis cannot be asked. */
  public Entry lookup(String criteriaKey) {
    if (resting()) {
      return new Entry(null, null);
    }
    try {
      return redis.execute(
          jedis -> {
            String generation = jedis.get(GENERATION_KEY);
            String key =
                RESULT_PREFIX + (generation == null ? "0" : generation) + ":" + criteriaKey;
            return new Entry(key, jedis.get(key));
          });
    } catch (RuntimeException e) {
      rest(e);
      return new Entry(null, null);
    }
  }

  /**
   * Stores a result under the key its lookup computed: a result read before the index changed is
   * filed under the old generation, where no later lookup will find it.
   */
  public void store(Entry entry, String json) {
    if (entry.redisKey() == null || resting()) {
      return;
    }
    try {
      redis.execute(jedis -> jedis.setex(entry.redisKey(), ttlSeconds, json));
    } catch (RuntimeException e) {
      rest(e);
    }
  }

  /** Makes every cached result unreachable; they expire on their own. */
  public void invalidateAll() {
    if (resting()) {
      return;
    }
    try {
      redis.execute(jedis -> jedis.incr(GENERATION_KEY));
    } catch (RuntimeException e) {
      rest(e);
    }
  }

  private boolean resting() {
    return System.nanoTime() - restingUntilNanos < 0;
  }

  private void rest(RuntimeException failure) {
    restingUntilNanos =
        System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REST_AFTER_FAILURE.toMillis());
    LOG.log(
        Level.WARNING,
        () ->
            "Redis at "
                + redis.describe()
                + " failed ("
                + failure
                + "); searches run uncached for the next "
                + REST_AFTER_FAILURE.toSeconds()
                + " s");
  }
}
