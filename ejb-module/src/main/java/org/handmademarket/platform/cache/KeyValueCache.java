package org.handmademarket.platform.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.eclipse.jnosql.communication.keyvalue.BucketManager;
import org.eclipse.jnosql.communication.keyvalue.KeyValueEntity;

/**
 * String values with an expiry under one namespace of the marketplace's bucket ({@code
 * marketplace:{namespace}:{key}} in Redis), through JNoSQL's key-value {@link BucketManager}. Redis
 * is an optimisation here: every failure is handled by the cache's {@link CacheFailurePolicy} (a
 * miss, a skipped write), never thrown. Obtained from {@link RedisConnection#keyValueCache}.
 */
public final class KeyValueCache {

  private final BucketManager bucket;
  private final String prefix;
  private final CacheFailurePolicy policy;

  KeyValueCache(BucketManager bucket, String namespace, CacheFailurePolicy policy) {
    this.bucket = bucket;
    this.prefix = namespace + ":";
    this.policy = policy;
  }

  /** The value under {@code key}; empty when there is none or Redis cannot say. */
  public Optional<String> get(String key) {
    return policy.read(
        () -> bucket.get(prefix + key).map(value -> value.get(String.class)).orElse(null));
  }

  /** Stores {@code value} under {@code key} for {@code ttl} (whole seconds), in one command. */
  public void put(String key, String value, Duration ttl) {
    policy.write(() -> bucket.put(KeyValueEntity.of(prefix + key, value), ttl));
  }

  /** Deletes these keys, in one command; a lost eviction is the policy's to handle. */
  public void evict(Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    policy.evict(() -> bucket.delete(keys.stream().map(key -> prefix + key).toList()));
  }

  /**
   * The key as Redis knows it, for the commands the bucket lacks ({@link RedisCommands}) on the
   * same entries.
   */
  public String redisKey(String key) {
    return bucket.name() + ":" + prefix + key;
  }
}
