package org.handmademarket.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesFromTheFirstWaitUpToTheLongest() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    assertEquals(Duration.ofSeconds(1), backoff.afterFailedAttempts(1));
    assertEquals(Duration.ofSeconds(2), backoff.afterFailedAttempts(2));
    assertEquals(Duration.ofSeconds(16), backoff.afterFailedAttempts(5));
    assertEquals(Duration.ofSeconds(30), backoff.afterFailedAttempts(6));
    assertEquals(Duration.ofSeconds(30), backoff.afterFailedAttempts(500));
  }

  @Test
  void refusesALongestWaitShorterThanTheFirst() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }
}
