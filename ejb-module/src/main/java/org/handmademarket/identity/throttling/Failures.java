package org.handmademarket.identity.throttling;

import java.time.OffsetDateTime;

/**
 * Recent failed sign-ins of one account or one client address.
 *
 * @param count failures since {@code windowStartedAt}
 * @param windowStartedAt the first failure of the current window, or null before any
 * @param lockedUntil when sign-ins are accepted again, or null when they are not refused
 */
record Failures(int count, OffsetDateTime windowStartedAt, OffsetDateTime lockedUntil) {

  static final Failures NONE = new Failures(0, null, null);
}
