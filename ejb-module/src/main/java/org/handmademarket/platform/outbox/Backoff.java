package org.handmademarket.platform.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed delivery is tried again: after {@code first}, then twice as long after each further
 * failure, never longer than {@code longest}. An outage thus costs a few attempts per event, and
 * recovery is noticed within {@code longest}.
 */
public record Backoff(Duration first, Duration longest) {

  public Backoff {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(longest, "longest");
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= longest: " + first + ", " + longest);
    }
  }

  /** The wait before the next attempt, given how many attempts have failed so far (at least 1). */
  public Duration afterFailedAttempts(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 30);
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(longest) > 0 ? longest : wait;
  }
}
