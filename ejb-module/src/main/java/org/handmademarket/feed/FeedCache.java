package org.handmademarket.feed;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.handmademarket.platform.cache.CacheFailurePolicy;
import org.handmademarket.platform.cache.KeyValueCache;
import org.handmademarket.platform.cache.RedisCommands;
import org.handmademarket.platform.cache.RedisConnection;

/**
 * Lists of listing ids in Redis under {@code marketplace:feed:...}, comma-separated, with a TTL.
 * Only an optimisation: every Redis failure is a miss (logged once per outage), and after one Redis
 * is left alone for {@link #BACK_OFF}, so that an outage costs one timeout rather than one per feed
 * ({@link CacheFailurePolicy}).
 */
@ApplicationScoped
public class FeedCache {

  private static final Duration BACK_OFF = Duration.ofSeconds(2);

  @Inject RedisConnection redis;
  @Inject RedisCommands commands;

  private CacheFailurePolicy policy;
  private KeyValueCache lists;

  @PostConstruct
  void open() {
    policy = CacheFailurePolicy.pausing("feed lists are computed uncached", BACK_OFF);
    lists = redis.keyValueCache("feed", policy);
  }

  /** The ids under {@code key}, or empty on a miss. */
  Optional<List<Long>> ids(String key) {
    return lists
        .get(key)
        .filter(value -> !value.isBlank())
        .map(value -> Arrays.stream(value.split(",")).map(Long::valueOf).toList());
  }

  /** How long {@code key} has left, or empty when it is absent or Redis cannot say. */
  Optional<Duration> timeToLive(String key) {
    return policy.read(() -> commands.timeToLive(lists.redisKey(key)).orElse(null));
  }

  void put(String key, List<Long> ids, Duration ttl) {
    lists.put(key, String.join(",", ids.stream().map(String::valueOf).toList()), ttl);
  }
}
