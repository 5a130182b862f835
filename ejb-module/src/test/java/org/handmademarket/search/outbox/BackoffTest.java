package org.handmademarket.search.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesFromOneSecondUpToThirty() {
    assertEquals(Duration.ofSeconds(1), Backoff.afterFailedAttempts(1));
    assertEquals(Duration.ofSeconds(2), Backoff.afterFailedAttempts(2));
    assertEquals(Duration.ofSeconds(16), Backoff.afterFailedAttempts(5));
    assertEquals(Duration.ofSeconds(30), Backoff.afterFailedAttempts(6));
    assertEquals(Duration.ofSeconds(30), Backoff.afterFailedAttempts(500));
  }
}
