package org.handmademarket.identity.sessions;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.handmademarket.identity.accounts.UserAccount;

/**
 * One signed-in browser or API client. Keyed by the hash of its token, never the token itself; it
 * ends at a fixed time after sign-in, after going unused for its idle timeout, or when its row is
 * deleted (sign-out, suspension, a password change). Not in EclipseLink's shared cache, for the
 * same reason as {@link UserAccount}: any instance may delete it.
 */
@Entity
@Cacheable(false)
@Table(name = "sessions")
@NamedQuery(
    name = SignInSession.HASHES_OF_USER,
    query = "SELECT s.tokenHash FROM SignInSession s WHERE s.userId = :userId")
@NamedQuery(
    name = SignInSession.DELETE_OF_USER,
    query = "DELETE FROM SignInSession s WHERE s.userId = :userId")
public class SignInSession {

  static final String HASHES_OF_USER = "SignInSession.hashesOfUser";
  static final String DELETE_OF_USER = "SignInSession.deleteOfUser";

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "user_id")
  private long userId;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  /** When it was last seen in use, to the minute ({@link #TOUCH_INTERVAL}). */
  @Column(name = "last_seen_at")
  private OffsetDateTime lastSeenAt;

  @Column(name = "idle_timeout_seconds")
  private long idleTimeoutSeconds;

  /** Use is written down at most this often: not one write per request. */
  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  protected SignInSession() {}

  SignInSession(
      String tokenHash,
      long userId,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      Duration idleTimeout) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.lastSeenAt = createdAt;
    this.idleTimeoutSeconds = idleTimeout.toSeconds();
  }

  long userId() {
    return userId;
  }

  OffsetDateTime expiresAt() {
    return expiresAt;
  }

  boolean isLiveAt(OffsetDateTime now) {
    return now.isBefore(endsAt());
  }

  /** Whether its use at {@code now} should be written down, moving the idle deadline on. */
  boolean needsTouchAt(OffsetDateTime now) {
    return !now.isBefore(lastSeenAt.plus(TOUCH_INTERVAL));
  }

  /** When it ends unless used again: the idle deadline, or its fixed end if that comes first. */
  OffsetDateTime endsAt() {
    OffsetDateTime idleDeadline = lastSeenAt.plusSeconds(idleTimeoutSeconds);
    return idleDeadline.isBefore(expiresAt) ? idleDeadline : expiresAt;
  }

  /** The same session, seen in use at {@code now} (the database is told by {@link Sessions}). */
  void seenAt(OffsetDateTime now) {
    lastSeenAt = now;
  }
}
