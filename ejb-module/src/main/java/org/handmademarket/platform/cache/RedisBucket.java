package org.handmademarket.platform.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.eclipse.jnosql.communication.Value;
import org.eclipse.jnosql.communication.keyvalue.BucketManager;
import org.eclipse.jnosql.communication.keyvalue.KeyValueEntity;
import redis.clients.jedis.params.SetParams;

/**
 * JNoSQL's key-value bucket over the shared Jedis pool: keys are {@code {bucket}:{key}}, values are
 * strings stored as they are.
 *
 * <p>Not the Redis driver's own {@code RedisBucketManager}, for three reasons: it holds one
 * connection for its lifetime, which concurrent requests cannot share; it writes a value and its
 * expiry in two commands (SET, then EXPIRE), so a failure between them leaves an entry that never
 * expires, which a session cache cannot afford; and it stores every value as JSON, a string in
 * quotes. Here each call borrows a pooled connection, SET carries its expiry, and a string is
 * stored as the string.
 */
final class RedisBucket implements BucketManager {

  private final String name;
  private final RedisConnection redis;

  RedisBucket(String name, RedisConnection redis) {
    this.name = name;
    this.redis = redis;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public <K, V> void put(K key, V value) {
    redis.execute(jedis -> jedis.set(redisKey(key), value.toString()));
  }

  @Override
  public void put(KeyValueEntity entity) {
    put(entity.key(), entity.value());
  }

  @Override
  public void put(KeyValueEntity entity, Duration ttl) {
    String value = entity.value().toString();
    redis.execute(
        jedis ->
            jedis.set(redisKey(entity.key()), value, SetParams.setParams().ex(ttl.toSeconds())));
  }

  @Override
  public void put(Iterable<KeyValueEntity> entities) {
    entities.forEach(this::put);
  }

  @Override
  public void put(Iterable<KeyValueEntity> entities, Duration ttl) {
    entities.forEach(entity -> put(entity, ttl));
  }

  @Override
  public <K> Optional<Value> get(K key) {
    return Optional.ofNullable(redis.execute(jedis -> jedis.get(redisKey(key)))).map(Value::of);
  }

  @Override
  public <K> Iterable<Value> get(Iterable<K> keys) {
    String[] redisKeys = redisKeys(keys);
    if (redisKeys.length == 0) {
      return List.of();
    }
    List<Value> values = new ArrayList<>();
    for (String value : redis.execute(jedis -> jedis.mget(redisKeys))) {
      if (value != null) {
        values.add(Value.of(value));
      }
    }
    return values;
  }

  @Override
  public <K> void delete(K key) {
    redis.execute(jedis -> jedis.del(redisKey(key)));
  }

  /** One DEL for all the keys. */
  @Override
  public <K> void delete(Iterable<K> keys) {
    String[] redisKeys = redisKeys(keys);
    if (redisKeys.length > 0) {
      redis.execute(jedis -> jedis.del(redisKeys));
    }
  }

  /** The pool belongs to {@link RedisConnection}, which closes it. */
  @Override
  public void close() {}

  private String redisKey(Object key) {
    return name + ":" + key;
  }

  private <K> String[] redisKeys(Iterable<K> keys) {
    return StreamSupport.stream(keys.spliterator(), false)
        .map(this::redisKey)
        .toArray(String[]::new);
  }
}
