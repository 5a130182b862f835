package org.handmademarket.search.outbox;

import java.time.Duration;

/**
 * When a failed outbox event is tried again: after 1 s, then 2, 4, 8 and 16 s, then every 30 s. An
 * Elasticsearch outage thus costs a few attempts per event, and recovery is noticed within 30 s.
 */
final class Backoff {

  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration LONGEST = Duration.ofSeconds(30);

  private Backoff() {}

  /** The wait before the next attempt, given how many attempts have failed so far (at least 1). */
  static Duration afterFailedAttempts(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 30);
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }
}
