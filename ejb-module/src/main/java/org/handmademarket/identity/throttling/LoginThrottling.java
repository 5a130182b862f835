package org.handmademarket.identity.throttling;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.handmademarket.identity.sessions.Sessions;

/**
 * Counts sign-in attempts per account, per account and client address, and per client address
 * ({@link ThrottlePolicy} has the numbers), and says how to treat each attempt.
 *
 * <p>An attempt is counted as a failure when it is admitted, before its password is checked, in a
 * transaction of its own that holds the rows locked: so parallel guesses queue on the row and no
 * more than the limit are ever checked (counting after the slow hash let every guess in flight
 * pass). A success then takes its attempt back. Unknown emails are counted like real accounts, so
 * the answers do not reveal which accounts exist.
 */
@Stateless
public class LoginThrottling {

  private static final Logger LOG = Logger.getLogger(LoginThrottling.class.getName());

  @PersistenceContext EntityManager em;

  /**
   * Decides whether this attempt may go ahead and, if it may, counts it as a failure. Rows are
   * locked in one order (account, pair, address), so two attempts never deadlock.
   *
   * @param clientGroup the client's {@link ClientAddress#groupOf group}
   */
  public ThrottleVerdict admit(String email, String clientGroup) {
    OffsetDateTime now = Sessions.now();
    Map<LoginThrottle, ThrottlePolicy> counters = new LinkedHashMap<>();
    counters.put(locked(accountSubject(email), now), ThrottlePolicy.PER_ACCOUNT);
    counters.put(
        locked(pairSubject(email, clientGroup), now), ThrottlePolicy.PER_ACCOUNT_AND_ADDRESS);
    counters.put(locked(addressSubject(clientGroup), now), ThrottlePolicy.PER_ADDRESS);
    ThrottleVerdict verdict = ThrottleVerdict.GO;
    for (Map.Entry<LoginThrottle, ThrottlePolicy> counter : counters.entrySet()) {
      verdict = verdict.and(counter.getValue().judge(counter.getKey().failures(), now));
    }
    if (verdict.refused()) {
      return verdict;
    }
    counters.forEach(
        (throttle, policy) -> {
          Failures counted = policy.afterFailure(throttle.failures(), now);
          if (counted.lockedUntil() != null && throttle.failures().lockedUntil() == null) {
            LOG.warning(
                () ->
                    "Sign-in lockout: "
                        + lockedParty(throttle.subject(), email)
                        + " until "
                        + counted.lockedUntil());
          }
          throttle.record(counted);
        });
    return verdict;
  }

  /**
   * A successful sign-in clears the account's failures, also those from this address; the address
   * takes back the attempt it was counted for and keeps its other failures.
   */
  public void recordSuccess(String email, String clientGroup) {
    for (String subject : new String[] {accountSubject(email), pairSubject(email, clientGroup)}) {
      LoginThrottle throttle = em.find(LoginThrottle.class, subject);
      if (throttle != null) {
        em.remove(throttle);
      }
    }
    em.createNativeQuery(
            "UPDATE login_throttle SET failures = failures - 1 WHERE subject = ?1 AND failures > 0")
        .setParameter(1, addressSubject(clientGroup))
        .executeUpdate();
  }

  /** Deletes records that no longer count nor lock anything. */
  public int purgeStale() {
    OffsetDateTime now = Sessions.now();
    // The hourly request counts share the table (RequestCounts).
    Duration relevance = RequestCounts.HOUR;
    for (ThrottlePolicy policy :
        new ThrottlePolicy[] {
          ThrottlePolicy.PER_ACCOUNT,
          ThrottlePolicy.PER_ACCOUNT_AND_ADDRESS,
          ThrottlePolicy.PER_ADDRESS
        }) {
      if (policy.relevance().compareTo(relevance) > 0) {
        relevance = policy.relevance();
      }
    }
    return em.createNamedQuery(LoginThrottle.DELETE_STALE)
        .setParameter("staleBefore", now.minus(relevance))
        .executeUpdate();
  }

  /** The subject's record, created if absent, locked until the transaction ends. */
  private LoginThrottle locked(String subject, OffsetDateTime now) {
    // Insert-if-absent first: two first attempts at once must not fail on the primary key.
    em.createNativeQuery(
            "INSERT INTO login_throttle (subject, failures, window_started_at) VALUES (?1, 0, ?2)"
                + " ON CONFLICT (subject) DO NOTHING")
        .setParameter(1, subject)
        .setParameter(2, now)
        .executeUpdate();
    return em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Who is locked out, for the log: the account by id (never its email), the address as counted.
   */
  private String lockedParty(String subject, String email) {
    String account =
        em.createNativeQuery("SELECT id FROM users WHERE lower(email) = ?1")
            .setParameter(1, email)
            .getResultStream()
            .findFirst()
            .map(id -> "account " + id)
            .orElse("an unknown account")
            .toString();
    if (subject.startsWith("pair:")) {
      return "the address " + subject.substring(subject.lastIndexOf('|') + 1) + " from " + account;
    }
    return subject;
  }

  private static String accountSubject(String email) {
    return "account:" + email;
  }

  private static String pairSubject(String email, String clientGroup) {
    return "pair:" + email + "|" + clientGroup;
  }

  private static String addressSubject(String clientGroup) {
    return "address:" + clientGroup;
  }
}
