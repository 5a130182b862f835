package org.handmademarket.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jnosql.communication.Value;
import org.eclipse.jnosql.communication.keyvalue.BucketManager;
import org.eclipse.jnosql.communication.keyvalue.KeyValueEntity;
import org.junit.jupiter.api.Test;

class KeyValueCacheTest {

  private final AtomicLong now = new AtomicLong();
  private final Bucket bucket = new Bucket();
  private final KeyValueCache sessions =
      new KeyValueCache(
          bucket,
          "session",
          new CacheFailurePolicy("reading the database", Duration.ofSeconds(2), null, now::get));

  @Test
  void valuesLiveUnderTheNamespaceWithTheirExpiry() {
    sessions.put("abc", "42:SHOPPER", Duration.ofSeconds(300));

    assertEquals(Map.of("session:abc", "42:SHOPPER"), bucket.values);
    assertEquals(List.of(Duration.ofSeconds(300)), bucket.expiries);
    assertEquals(Optional.of("42:SHOPPER"), sessions.get("abc"));
    assertEquals(Optional.empty(), sessions.get("other"));
    assertEquals("marketplace:session:abc", sessions.redisKey("abc"));
  }

  @Test
  void anEvictionDeletesEveryKeyInOneCall() {
    sessions.put("a", "1", Duration.ofSeconds(5));
    sessions.put("b", "2", Duration.ofSeconds(5));
    sessions.evict(List.of("a", "b"));
    sessions.evict(List.of());

    assertTrue(bucket.values.isEmpty());
    assertEquals(List.of(List.of("session:a", "session:b")), bucket.deletions);
  }

  @Test
  void aFailingRedisIsAMissAndASkippedWriteAndThenLeftAlone() {
    sessions.put("abc", "42:SHOPPER", Duration.ofSeconds(300));
    bucket.down = true;

    assertEquals(Optional.empty(), sessions.get("abc"));
    bucket.down = false;
    sessions.put("abc", "7:ADMIN", Duration.ofSeconds(300));
    assertEquals(Optional.empty(), sessions.get("abc"), "still pausing");
    assertEquals(Map.of("session:abc", "42:SHOPPER"), bucket.values, "the write was skipped");

    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertEquals(Optional.of("42:SHOPPER"), sessions.get("abc"));
  }

  /** A bucket in memory that can fail like an unreachable Redis. */
  private static final class Bucket implements BucketManager {
    final Map<String, String> values = new HashMap<>();
    final List<Duration> expiries = new ArrayList<>();
    final List<List<String>> deletions = new ArrayList<>();
    boolean down;

    @Override
    public String name() {
      return "marketplace";
    }

    @Override
    public <K, V> void put(K key, V value) {
      reachable();
      values.put(key.toString(), value.toString());
    }

    @Override
    public void put(KeyValueEntity entity) {
      put(entity.key(), entity.value());
    }

    @Override
    public void put(KeyValueEntity entity, Duration ttl) {
      put(entity);
      expiries.add(ttl);
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
      reachable();
      return Optional.ofNullable(values.get(key.toString())).map(Value::of);
    }

    @Override
    public <K> Iterable<Value> get(Iterable<K> keys) {
      List<Value> found = new ArrayList<>();
      keys.forEach(key -> get(key).ifPresent(found::add));
      return found;
    }

    @Override
    public <K> void delete(K key) {
      delete(List.of(key));
    }

    @Override
    public <K> void delete(Iterable<K> keys) {
      reachable();
      List<String> deleted = new ArrayList<>();
      keys.forEach(key -> deleted.add(key.toString()));
      deleted.forEach(values::remove);
      deletions.add(deleted);
    }

    @Override
    public void close() {}

    private void reachable() {
      if (down) {
        throw new IllegalStateException("Connection refused");
      }
    }
  }
}
