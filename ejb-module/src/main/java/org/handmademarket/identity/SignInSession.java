package org.handmademarket.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One signed-in browser or API client. Keyed by the hash of its token, never the token itself; it
 * ends at a fixed time after sign-in, or when its row is deleted (sign-out, suspension). Not in
 * EclipseLink's shared cache, for the same reason as {@link UserAccount}: any instance may delete
 * it.
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
@NamedQuery(
    name = SignInSession.DELETE_EXPIRED,
    query = "DELETE FROM SignInSession s WHERE s.expiresAt <= :now")
public class SignInSession {

  static final String HASHES_OF_USER = "SignInSession.hashesOfUser";
  static final String DELETE_OF_USER = "SignInSession.deleteOfUser";
  static final String DELETE_EXPIRED = "SignInSession.deleteExpired";

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "user_id")
  private long userId;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  protected SignInSession() {}

  SignInSession(String tokenHash, long userId, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  long userId() {
    return userId;
  }

  OffsetDateTime expiresAt() {
    return expiresAt;
  }

  boolean isLiveAt(OffsetDateTime now) {
    return now.isBefore(expiresAt);
  }
}
