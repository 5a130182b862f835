package org.handmademarket.identity.throttling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private static final ThrottlePolicy POLICY = ThrottlePolicy.PER_ACCOUNT_AND_ADDRESS;
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void theFirstThreeFailuresCostNothing() {
    Failures failures = fail(Failures.NONE, 3, T0);

    assertEquals(3, failures.count());
    assertEquals(ThrottleVerdict.slowDown(Duration.ofSeconds(1)), POLICY.judge(failures, T0));
    assertEquals(ThrottleVerdict.GO, POLICY.judge(fail(Failures.NONE, 2, T0), T0));
  }

  @Test
  void theTenthFailureWithinTheWindowLocksFor15Minutes() {
    Failures nine = fail(Failures.NONE, 9, T0);
    assertFalse(POLICY.judge(nine, T0.plusMinutes(5)).refused());

    Failures ten = POLICY.afterFailure(nine, T0.plusMinutes(5));

    ThrottleVerdict verdict = POLICY.judge(ten, T0.plusMinutes(5));
    assertTrue(verdict.refused());
    assertEquals(Duration.ofMinutes(15), verdict.retryAfter());
    assertEquals(Duration.ofMinutes(5), POLICY.judge(ten, T0.plusMinutes(15)).retryAfter());
  }

  @Test
  void theLockEndsAndTheNextFailureStartsAFreshWindow() {
    Failures ten = fail(Failures.NONE, 10, T0);
    OffsetDateTime afterLock = T0.plusMinutes(15);

    assertEquals(ThrottleVerdict.GO, POLICY.judge(ten, afterLock));
    Failures next = POLICY.afterFailure(ten, afterLock);
    assertEquals(1, next.count());
    assertEquals(afterLock, next.windowStartedAt());
    assertNull(next.lockedUntil());
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    Failures three = fail(Failures.NONE, 3, T0);
    OffsetDateTime later = T0.plus(POLICY.window());

    assertEquals(ThrottleVerdict.GO, POLICY.judge(three, later));
    assertEquals(1, POLICY.afterFailure(three, later).count());
  }

  @Test
  void failuresSpreadOutNeverLock() {
    Failures failures = Failures.NONE;
    for (int i = 0; i < 30; i++) {
      failures = POLICY.afterFailure(failures, T0.plusMinutes(16L * i));
    }
    assertFalse(POLICY.judge(failures, T0.plusMinutes(16L * 29)).refused());
  }

  @Test
  void addressesGetMoreRoomThanAccounts() {
    ThrottlePolicy addresses = ThrottlePolicy.PER_ADDRESS;

    assertEquals(ThrottleVerdict.GO, addresses.judge(fail(addresses, Failures.NONE, 9, T0), T0));
    assertFalse(addresses.judge(fail(addresses, Failures.NONE, 49, T0), T0).refused());
    assertTrue(addresses.judge(fail(addresses, Failures.NONE, 50, T0), T0).refused());
  }

  @Test
  void guessesFromEverywhereAtOneAccountWaitLongerButAreNeverLockedOut() {
    ThrottlePolicy account = ThrottlePolicy.PER_ACCOUNT;

    assertEquals(ThrottleVerdict.GO, account.judge(fail(account, Failures.NONE, 9, T0), T0));
    assertEquals(
        ThrottleVerdict.slowDown(Duration.ofSeconds(1)),
        account.judge(fail(account, Failures.NONE, 10, T0), T0));
    assertEquals(
        ThrottleVerdict.slowDown(Duration.ofSeconds(2)),
        account.judge(fail(account, Failures.NONE, 11, T0), T0));
    ThrottleVerdict afterThousands = account.judge(fail(account, Failures.NONE, 5000, T0), T0);
    assertFalse(afterThousands.refused(), "the owner can always try");
    assertEquals(Duration.ofSeconds(4), afterThousands.delay());
  }

  @Test
  void theStricterVerdictWins() {
    ThrottleVerdict slow = ThrottleVerdict.slowDown(Duration.ofSeconds(1));
    ThrottleVerdict locked = ThrottleVerdict.refuse(Duration.ofMinutes(3));
    ThrottleVerdict lockedLonger = ThrottleVerdict.refuse(Duration.ofMinutes(9));

    assertEquals(slow, ThrottleVerdict.GO.and(slow));
    assertEquals(slow, slow.and(ThrottleVerdict.GO));
    assertEquals(locked, slow.and(locked));
    assertEquals(lockedLonger, lockedLonger.and(locked));
    assertEquals(lockedLonger, locked.and(lockedLonger));
  }

  @Test
  void recordsMatterForAWindowAndALockout() {
    assertEquals(Duration.ofMinutes(30), POLICY.relevance());
    assertEquals(Duration.ofMinutes(15), ThrottlePolicy.PER_ACCOUNT.relevance());
  }

  private static Failures fail(Failures from, int times, OffsetDateTime at) {
    return fail(POLICY, from, times, at);
  }

  private static Failures fail(ThrottlePolicy policy, Failures from, int times, OffsetDateTime at) {
    Failures failures = from;
    for (int i = 0; i < times; i++) {
      failures = policy.afterFailure(failures, at);
    }
    return failures;
  }
}
