package org.handmademarket.identity.throttling;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The failed sign-ins of one subject: {@code account:<email>}, {@code pair:<email>|<client group>}
 * or {@code address:<client group>} ({@link ClientAddress#groupOf}). Kept in PostgreSQL, not Redis,
 * so that throttling holds when Redis is down.
 */
@Entity
@Cacheable(false)
@Table(name = "login_throttle")
@NamedQuery(
    name = LoginThrottle.DELETE_STALE,
    query = "DELETE FROM LoginThrottle t WHERE t.windowStartedAt < :staleBefore")
public class LoginThrottle {

  static final String DELETE_STALE = "LoginThrottle.deleteStale";

  @Id private String subject;

  private int failures;

  @Column(name = "window_started_at")
  private OffsetDateTime windowStartedAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected LoginThrottle() {}

  String subject() {
    return subject;
  }

  Failures failures() {
    return new Failures(failures, windowStartedAt, lockedUntil);
  }

  void record(Failures updated) {
    failures = updated.count();
    windowStartedAt = updated.windowStartedAt();
    lockedUntil = updated.lockedUntil();
  }
}
