package org.handmademarket.identity.throttling;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How failed sign-ins are counted and punished: within a window, failures beyond {@code slowAfter}
 * make every further attempt wait, {@code delay} at first and twice as long with each failure up to
 * {@code longestDelay}; the {@code lockAfter}-th failure refuses all attempts for {@code lockout}.
 * A window starts with the first failure after the previous one ended.
 */
record ThrottlePolicy(
    int slowAfter,
    int lockAfter,
    Duration window,
    Duration lockout,
    Duration delay,
    Duration longestDelay) {

  /** A policy that slows down but never refuses. */
  private static final int NEVER = Integer.MAX_VALUE;

  /**
   * Guessing one account's password from one address (an IPv6 /64): slow after 3 failures, that
   * address locked out of that account for 15 min after 10 in 15 min. The owner, signing in from
   * anywhere else, is not locked out by it.
   */
  static final ThrottlePolicy PER_ACCOUNT_AND_ADDRESS =
      new ThrottlePolicy(
          3,
          10,
          Duration.ofMinutes(15),
          Duration.ofMinutes(15),
          Duration.ofSeconds(1),
          Duration.ofSeconds(1));

  /**
   * Guessing one account's password from many addresses. Never locks, or anyone could keep the
   * owner (an admin, say) out: attempts wait longer and longer instead, 1 s after 10 failures in 15
   * min and doubling up to 4 s, so a botnet gets a few guesses a second at most and the owner still
   * gets in.
   */
  static final ThrottlePolicy PER_ACCOUNT =
      new ThrottlePolicy(
          10,
          NEVER,
          Duration.ofMinutes(15),
          Duration.ZERO,
          Duration.ofSeconds(1),
          Duration.ofSeconds(4));

  /**
   * Trying many accounts from one address. Looser than per account, because many people can share
   * an address (an office, a mobile carrier's NAT).
   */
  static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(
          10,
          50,
          Duration.ofMinutes(15),
          Duration.ofMinutes(15),
          Duration.ofSeconds(1),
          Duration.ofSeconds(1));

  ThrottleVerdict judge(Failures failures, OffsetDateTime now) {
    if (failures.lockedUntil() != null && now.isBefore(failures.lockedUntil())) {
      return ThrottleVerdict.refuse(Duration.between(now, failures.lockedUntil()));
    }
    if (inWindow(failures, now) && failures.count() >= slowAfter) {
      return ThrottleVerdict.slowDown(delayAfter(failures.count()));
    }
    return ThrottleVerdict.GO;
  }

  Failures afterFailure(Failures failures, OffsetDateTime now) {
    if (!inWindow(failures, now)) {
      return counted(1, now, now);
    }
    return counted(failures.count() + 1, failures.windowStartedAt(), now);
  }

  private Duration delayAfter(int count) {
    int doublings = Math.min(count - slowAfter, 16);
    Duration grown = delay.multipliedBy(1L << doublings);
    return grown.compareTo(longestDelay) <= 0 ? grown : longestDelay;
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
