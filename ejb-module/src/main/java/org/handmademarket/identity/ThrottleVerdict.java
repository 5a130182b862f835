package org.handmademarket.identity;

import java.time.Duration;

/**
 * Whether a sign-in attempt may go ahead now, after a pause, or not for a while. Public only
 * because the throttling bean returns it through its EJB view.
 *
 * @param delay how long to wait before checking the password (zero for none)
 * @param retryAfter how long attempts are refused, or null when this one may go ahead
 */
public record ThrottleVerdict(Duration delay, Duration retryAfter) {

  static final ThrottleVerdict GO = new ThrottleVerdict(Duration.ZERO, null);

  static ThrottleVerdict slowDown(Duration delay) {
    return new ThrottleVerdict(delay, null);
  }

  static ThrottleVerdict refuse(Duration retryAfter) {
    return new ThrottleVerdict(Duration.ZERO, retryAfter);
  }

  public boolean refused() {
    return retryAfter != null;
  }

  /** The stricter of two verdicts, e.g. the account's and the address's. */
  ThrottleVerdict and(ThrottleVerdict other) {
    if (refused() || other.refused()) {
      Duration mine = refused() ? retryAfter : Duration.ZERO;
      Duration theirs = other.refused() ? other.retryAfter : Duration.ZERO;
      return refuse(mine.compareTo(theirs) >= 0 ? mine : theirs);
    }
    return slowDown(delay.compareTo(other.delay) >= 0 ? delay : other.delay);
  }
}
