package org.handmademarket.identity;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How failed sign-ins are counted and punished: within a window, failures beyond {@code slowAfter}
 * make every further attempt wait {@code delay}, and the {@code lockAfter}-th failure refuses all
 * attempts for {@code lockout}. A window starts with the first failure after the previous one
 * ended.
 */
record ThrottlePolicy(
    int slowAfter, int lockAfter, Duration window, Duration lockout, Duration delay) {

  /**
   * Guessing one account's password: slow after 3 failures, locked for 15 min after 10 in 15 min.
   */
  static final ThrottlePolicy PER_ACCOUNT =
      new ThrottlePolicy(
          3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(1));

  /**
   * Trying many accounts from one address. Looser than per account, because many people can share
   * an address (an office, a mobile carrier's NAT).
   */
  static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(
          10, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(1));

  ThrottleVerdict judge(Failures failures, OffsetDateTime now) {
    if (failures.lockedUntil() != null && now.isBefore(failures.lockedUntil())) {
      return ThrottleVerdict.refuse(Duration.between(now, failures.lockedUntil()));
    }
    if (inWindow(failures, now) && failures.count() >= slowAfter) {
      return ThrottleVerdict.slowDown(delay);
    }
    return ThrottleVerdict.GO;
  }

  Failures afterFailure(Failures failures, OffsetDateTime now) {
    if (!inWindow(failures, now)) {
      return counted(1, now, now);
    }
    return counted(failures.count() + 1, failures.windowStartedAt(), now);
  }

  private Failures counted(int count, OffsetDateTime windowStartedAt, OffsetDateTime now) {
    return new Failures(count, windowStartedAt, count >= lockAfter ? now.plus(lockout) : null);
  }

  private boolean inWindow(Failures failures, OffsetDateTime now) {
    return failures.count() > 0
        && failures.windowStartedAt() != null
        && now.isBefore(failures.windowStartedAt().plus(window));
  }

  /**
   * How long after its window started a record can still matter: a lock begins within the window
   * and lasts {@code lockout}. Older records can be deleted.
   */
  Duration relevance() {
    return window.plus(lockout);
  }
}
