package org.handmademarket.identity.throttling;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * Counts requests per subject (e.g. {@code reset-address:<client>}) in a fixed window, in the
 * {@code login_throttle} table: in PostgreSQL so that every instance counts together, and purged
 * with the sign-in records. One statement, so that two requests at once are both counted.
 */
@Dependent
public class RequestCounts {

  public static final Duration HOUR = Duration.ofHours(1);

  @PersistenceContext EntityManager em;

  /** Counts one request against the subject; answers how many it made within the hour. */
  public int countWithinHour(String subject) {
    return countWithin(subject, HOUR);
  }

  /**
   * Counts one request against the subject; answers how many it made within the window, which
   * starts with the subject's first request after the previous window ended.
   */
  public int countWithin(String subject, Duration window) {
    return ((Number)
            em.createNativeQuery(
                    "WITH counted AS (INSERT INTO login_throttle (subject, failures,"
                        + " window_started_at) VALUES (?1, 1, now()) ON CONFLICT (subject) DO"
                        + " UPDATE SET failures = CASE WHEN login_throttle.window_started_at"
                        + " < now() - ?2 * interval '1 second' THEN 1"
                        + " ELSE login_throttle.failures + 1 END, window_started_at = CASE"
                        + " WHEN login_throttle.window_started_at < now() - ?2 * interval '1 second'"
                        + " THEN now() ELSE login_throttle.window_started_at END RETURNING failures)"
                        + " SELECT failures FROM counted")
                .setParameter(1, subject)
                .setParameter(2, window.toSeconds())
                .getSingleResult())
        .intValue();
  }
}
