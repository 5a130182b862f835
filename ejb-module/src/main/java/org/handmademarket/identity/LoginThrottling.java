package org.handmademarket.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Counts failed sign-ins per account and per client address and says how to treat the next attempt
 * ({@link ThrottlePolicy} has the numbers). Unknown emails are counted like real accounts, so the
 * answers do not reveal which accounts exist.
 */
@Stateless
public class LoginThrottling {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ThrottleVerdict judge(String email, String clientAddress) {
    OffsetDateTime now = Sessions.now();
    return ThrottlePolicy.PER_ACCOUNT
        .judge(failuresOf(accountSubject(email)), now)
        .and(ThrottlePolicy.PER_ADDRESS.judge(failuresOf(addressSubject(clientAddress)), now));
  }

  /**
   * Counts a failure against both; rows are locked account first, so two attempts never deadlock.
   */
  public void recordFailure(String email, String clientAddress) {
    OffsetDateTime now = Sessions.now();
    count(accountSubject(email), ThrottlePolicy.PER_ACCOUNT, now);
    count(addressSubject(clientAddress), ThrottlePolicy.PER_ADDRESS, now);
  }

  /** A successful sign-in clears the account's failures; the address keeps its count. */
  public void recordSuccess(String email) {
    LoginThrottle throttle = em.find(LoginThrottle.class, accountSubject(email));
    if (throttle != null) {
      em.remove(throttle);
    }
  }

  /** Deletes records that no longer count nor lock anything. */
  public int purgeStale() {
    OffsetDateTime now = Sessions.now();
    OffsetDateTime staleBefore =
        now.minus(
            max(ThrottlePolicy.PER_ACCOUNT.relevance(), ThrottlePolicy.PER_ADDRESS.relevance()));
    return em.createNamedQuery(LoginThrottle.DELETE_STALE)
        .setParameter("staleBefore", staleBefore)
        .executeUpdate();
  }

  private void count(String subject, ThrottlePolicy policy, OffsetDateTime now) {
    // Insert-if-absent first: two first failures at once must not fail on the primary key.
    em.createNativeQuery(
            "INSERT INTO login_throttle (subject, failures, window_started_at) VALUES (?1, 0, ?2)"
                + " ON CONFLICT (subject) DO NOTHING")
        .setParameter(1, subject)
        .setParameter(2, now)
        .executeUpdate();
    LoginThrottle throttle = em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
    throttle.record(policy.afterFailure(throttle.failures(), now));
  }

  private Failures failuresOf(String subject) {
    LoginThrottle throttle = em.find(LoginThrottle.class, subject);
    return throttle == null ? Failures.NONE : throttle.failures();
  }

  private static String accountSubject(String email) {
    return "account:" + email;
  }

  private static String addressSubject(String clientAddress) {
    return "address:" + clientAddress;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
