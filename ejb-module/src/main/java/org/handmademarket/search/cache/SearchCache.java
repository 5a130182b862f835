package org.handmademarket.search.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.cache.CacheFailurePolicy;
import org.handmademarket.platform.cache.KeyValueCache;
import org.handmademarket.platform.cache.RedisCommands;
import org.handmademarket.platform.cache.RedisConnection;

/**
 * Search results in Redis for a couple of minutes, keyed by the normalised criteria and by a
 * <em>generation</em> that the indexer bumps whenever it changes the index: a stock change is
 * visible to the next search instead of hiding behind a cached page, while identical searches
 * between changes (the home page, a popular category) are served from Redis.
 *
 * <p>Redis is an optimisation. Any Redis failure makes a lookup a miss and a store a no-op, and the
 * cache then rests for {@link #REST_AFTER_FAILURE} instead of making every search wait for a dead
 * server ({@link CacheFailurePolicy}).
 */
@ApplicationScoped
public class SearchCache {

  static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(5);

  private static final String NAMESPACE = "search";
  private static final String GENERATION = "generation";
  private static final String RESULTS = "results:";

  /**
   * Where a result was (or is to be) cached, within the search namespace; {@code value} is the
   * cached JSON on a hit.
   */
  public record Entry(String redisKey, String value) {

    public Optional<String> hit() {
      return Optional.ofNullable(value);
    }
  }

  @Inject RedisConnection redis;
  @Inject RedisCommands commands;

  @Inject
  @ConfigProperty(name = "search.cache.ttl.seconds")
  int ttlSeconds;

  private CacheFailurePolicy policy;
  private KeyValueCache results;

  @PostConstruct
  void open() {
    policy = CacheFailurePolicy.pausing("searches run uncached", REST_AFTER_FAILURE);
    results = redis.keyValueCache(NAMESPACE, policy);
  }

  /**
   * Looks a result up under the current generation (0 before the first bump, or when Redis cannot
   * say; a result stored under a generation that is not the current one is never found).
   */
  public Entry lookup(String criteriaKey) {
    String key = RESULTS + results.get(GENERATION).orElse("0") + ":" + criteriaKey;
    return new Entry(key, results.get(key).orElse(null));
  }

  /**
   * Stores a result under the key its lookup computed: a result read before the index changed is
   * filed under the old generation, where no later lookup will find it.
   */
  public void store(Entry entry, String json) {
    results.put(entry.redisKey(), json, Duration.ofSeconds(ttlSeconds));
  }

  /** Makes every cached result unreachable; they expire on their own. */
  public void invalidateAll() {
    policy.write(() -> commands.increment(results.redisKey(GENERATION)));
  }
}
