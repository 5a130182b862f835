package org.handmademarket.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CacheFailurePolicyTest {

  private static final Duration PAUSE = Duration.ofSeconds(2);

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final List<String> calls = new ArrayList<>();
  private boolean redisDown;

  private final CacheFailurePolicy plain =
      new CacheFailurePolicy("reading the database", PAUSE, null, now::get);
  private final CacheFailurePolicy purging =
      new CacheFailurePolicy("reading the database", PAUSE, () -> redis("purge"), now::get);

  @Test
  void whileRedisAnswersReadsAndWritesGoThrough() {
    assertEquals(Optional.of("value"), plain.read(() -> redis("get")));
    plain.write(() -> redis("set"));

    assertEquals(List.of("get", "set"), calls);
  }

  @Test
  void nothingFoundIsAMiss() {
    assertEquals(Optional.empty(), plain.read(() -> null));
  }

  @Test
  void aFailureIsAMissAndRedisIsLeftAloneForThePause() {
    redisDown = true;
    assertEquals(Optional.empty(), plain.read(() -> redis("get")));
    assertEquals(List.of("get"), calls);

    later(PAUSE.minusMillis(1));
    assertEquals(Optional.empty(), plain.read(() -> redis("get")));
    plain.write(() -> redis("set"));
    assertEquals(List.of("get"), calls, "not tried during the pause");

    later(Duration.ofMillis(1));
    assertEquals(Optional.empty(), plain.read(() -> redis("get")));
    assertEquals(List.of("get", "get"), calls, "tried again after the pause, and failed again");

    later(PAUSE.minusMillis(1));
    plain.write(() -> redis("set"));
    assertEquals(List.of("get", "get"), calls, "the second failure started a new pause");
  }

  @Test
  void onceRedisAnswersAgainEveryCallGoesThrough() {
    redisDown = true;
    plain.write(() -> redis("set"));
    later(PAUSE);
    redisDown = false;

    assertEquals(Optional.of("value"), plain.read(() -> redis("get")));
    assertEquals(Optional.of("value"), plain.read(() -> redis("get")));
    assertEquals(List.of("set", "get", "get"), calls);
  }

  @Test
  void aLostEvictionPurgesTheCacheBeforeItIsReadAgain() {
    redisDown = true;
    purging.evict(() -> redis("del"));
    later(PAUSE);
    redisDown = false;

    assertEquals(Optional.of("value"), purging.read(() -> redis("get")));
    assertEquals(Optional.of("value"), purging.read(() -> redis("get")));
    assertEquals(List.of("del", "purge", "get", "get"), calls, "purged once, first");
  }

  @Test
  void whileThePurgeFailsNothingIsReadOrWritten() {
    redisDown = true;
    purging.evict(() -> redis("del"));
    later(PAUSE);

    assertEquals(Optional.empty(), purging.read(() -> redis("get")));
    assertEquals(List.of("del", "purge"), calls, "the purge failed: the read is not tried");

    later(PAUSE);
    redisDown = false;
    purging.write(() -> redis("set"));
    assertEquals(List.of("del", "purge", "purge", "set"), calls);
  }

  @Test
  void anEvictionDuringThePauseIsNotTriedButStillPurges() {
    redisDown = true;
    purging.read(() -> redis("get"));
    redisDown = false;

    purging.evict(() -> redis("del"));
    assertEquals(List.of("get"), calls, "not tried during the pause");

    later(PAUSE);
    purging.read(() -> redis("get"));
    assertEquals(List.of("get", "purge", "get"), calls);
  }

  @Test
  void anEvictionEvenWhilePausedIsTriedAndSparesThePurgeWhenItWorks() {
    redisDown = true;
    purging.read(() -> redis("get"));
    redisDown = false;

    purging.evictEvenWhilePaused(() -> redis("del"));
    purging.read(() -> redis("get"));
    assertEquals(List.of("get", "del", "get"), calls, "answered: no pause, no purge");
  }

  @Test
  void withoutAPurgeALostEvictionOnlyPauses() {
    redisDown = true;
    plain.evict(() -> redis("del"));
    later(PAUSE);
    redisDown = false;

    plain.read(() -> redis("get"));
    assertEquals(List.of("del", "get"), calls);
  }

  private String redis(String command) {
    calls.add(command);
    if (redisDown) {
      throw new IllegalStateException("Connection refused");
    }
    return "value";
  }

  private void later(Duration duration) {
    now.addAndGet(duration.toNanos());
  }
}
