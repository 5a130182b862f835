package org.handmademarket.identity.throttling;

import java.time.Duration;
import java.util.Map;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

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

  /**
   * Goes ahead as the verdict says: waits its delay, or refuses with 429 and {@code Retry-After} in
   * whole seconds, rounded up, so that a client waiting exactly that long is not refused again.
   *
   * @param refusal what the refusal says before "Try again in N seconds."
   */
  public void proceedOrRefuse(String refusal) {
    if (refused()) {
      long seconds = retryAfter.plusNanos(999_999_999).toSeconds();
      throw new MarketplaceException(
          ProblemType.TOO_MANY_ATTEMPTS,
          refusal + " Try again in " + seconds + " seconds.",
          Map.of("retryAfterSeconds", seconds),
          Duration.ofSeconds(seconds));
    }
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
