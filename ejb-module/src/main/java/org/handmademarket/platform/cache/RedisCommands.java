package org.handmademarket.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The Redis commands JNoSQL's bucket does not offer: atomic claims (SET NX with expiry),
 * conditional replacement, counters, time to live, hashes, deletion by prefix and pub/sub. Keys are
 * full Redis keys (see {@link RedisConnection#BUCKET}, {@link KeyValueCache#redisKey}).
 *
 * <p>Every failure is thrown as a {@link RedisFailure}: a caller for whom Redis is an optimisation
 * runs the command through its {@link CacheFailurePolicy}; one that must not carry on without Redis
 * catches the failure and refuses.
 */
@ApplicationScoped
public class RedisCommands {

  private static final int SCAN_PAGE = 500;

  @Inject RedisConnection redis;

  /**
   * Sets {@code key} only when it does not exist (SET NX with expiry).
   *
   * @return empty when this call set it, otherwise the value that was already there (empty too if
   *     it expired in between)
   */
  public Optional<String> setIfAbsent(String key, String value, Duration ttl) {
    return Optional.ofNullable(
        redis.execute(
            jedis -> {
              String set = jedis.set(key, value, SetParams.setParams().nx().ex(ttl.toSeconds()));
              return "OK".equals(set) ? null : jedis.get(key);
            }));
  }

  /**
   * Replaces {@code key} with a new value and expiry only when it exists (SET XX); whether it did.
   */
  public boolean replaceIfPresent(String key, String value, Duration ttl) {
    return "OK"
        .equals(
            redis.execute(
                jedis -> jedis.set(key, value, SetParams.setParams().xx().ex(ttl.toSeconds()))));
  }

  /** Deletes these keys in one command. */
  public void delete(String... keys) {
    redis.execute(jedis -> jedis.del(keys));
  }

  /** Deletes every key starting with {@code prefix}, a page of SCAN at a time; how many went. */
  public long deleteByPrefix(String prefix) {
    return redis.execute(
        jedis -> {
          ScanParams match = new ScanParams().match(prefix + "*").count(SCAN_PAGE);
          String cursor = ScanParams.SCAN_POINTER_START;
          long deleted = 0;
          do {
            ScanResult<String> page = jedis.scan(cursor, match);
            if (!page.getResult().isEmpty()) {
              deleted += jedis.del(page.getResult().toArray(String[]::new));
            }
            cursor = page.getCursor();
          } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
          return deleted;
        });
  }

  /** Adds one to the counter under {@code key} (INCR), starting from 0. */
  public long increment(String key) {
    return redis.execute(jedis -> jedis.incr(key));
  }

  /** How long {@code key} has left; empty when it does not exist or never expires. */
  public Optional<Duration> timeToLive(String key) {
    long seconds = redis.execute(jedis -> jedis.ttl(key));
    return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
  }

  /** The value of one field of the hash under {@code key}. */
  public Optional<String> hashGet(String key, String field) {
    return Optional.ofNullable(redis.execute(jedis -> jedis.hget(key, field)));
  }

  /** Sets one field of the hash under {@code key} and gives the whole hash {@code ttl} again. */
  public void hashPut(String key, String field, String value, Duration ttl) {
    redis.execute(
        jedis -> {
          jedis.hset(key, field, value);
          return jedis.expire(key, ttl.toSeconds());
        });
  }

  /** Publishes a message on a pub/sub channel. */
  public void publish(String channel, String message) {
    redis.execute(jedis -> jedis.publish(channel, message));
  }

  /**
   * A subscriber's own connection, outside the pool and without a read timeout, since it blocks for
   * as long as it listens. The caller closes it.
   */
  public RedisSubscription subscription() {
    try {
      return new RedisSubscription(redis.dedicatedConnection());
    } catch (JedisException e) {
      throw new RedisFailure(e);
    }
  }
}
