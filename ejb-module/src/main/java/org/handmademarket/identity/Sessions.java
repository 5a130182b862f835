package org.handmademarket.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Opens, resolves and revokes sign-in sessions. PostgreSQL holds every session; Redis holds
 * recently used ones so that resolving a token, which every signed-in request does, rarely reaches
 * the database.
 */
@Stateless
public class Sessions {

  /** Fixed, not sliding: a stolen token stops working 30 days after sign-in at the latest. */
  static final Duration LIFETIME = Duration.ofDays(30);

  @PersistenceContext EntityManager em;
  @Inject SessionCache cache;
  @Inject Event<SessionsRevoked> revoked;
  @Inject Event<AccountMail> mails;

  public IssuedSession open(Caller caller) {
    OffsetDateTime now = now();
    OffsetDateTime expiresAt = now.plus(LIFETIME);
    String token = SessionTokens.newToken();
    String hash = SessionTokens.hash(token);
    em.persist(new SignInSession(hash, caller.userId(), now, expiresAt));
    cache.put(hash, caller, LIFETIME);
    if (caller.roles().contains(Role.SUPPORT) || caller.roles().contains(Role.ADMIN)) {
      tellStaffOfSignIn(caller.userId(), now, hash);
    }
    return new IssuedSession(token, expiresAt);
  }

  /**
   * A staff account can act on every shop and order: a sign-in its owner did not make must not go
   * unnoticed.
   */
  private void tellStaffOfSignIn(long userId, OffsetDateTime at, String sessionHash) {
    UserAccount account = em.find(UserAccount.class, userId);
    mails.fire(
        new AccountMail(
            AccountMail.Kind.STAFF_SIGN_IN,
            userId,
            account.email(),
            account.displayName(),
            null,
            at,
            sessionHash.substring(0, 24)));
  }

  /** The caller a token stands for, if it is a live session of an active account. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Caller> resolve(String token) {
    if (!SessionTokens.isWellFormed(token)) {
      return Optional.empty();
    }
    String hash = SessionTokens.hash(token);
    Optional<Caller> cached = cache.get(hash);
    if (cached.isPresent()) {
      return cached;
    }
    OffsetDateTime now = now();
    SignInSession session = em.find(SignInSession.class, hash);
    if (session == null || !session.isLiveAt(now)) {
      return Optional.empty();
    }
    UserAccount account = em.find(UserAccount.class, session.userId());
    if (account == null || !account.isActive()) {
      return Optional.empty();
    }
    Caller caller = new Caller(account.id(), account.roles());
    cache.put(hash, caller, Duration.between(now, session.expiresAt()));
    return Optional.of(caller);
  }

  /** Ends the session of a token; a token that is unknown or already revoked is ignored. */
  public void revoke(String token) {
    if (!SessionTokens.isWellFormed(token)) {
      return;
    }
    String hash = SessionTokens.hash(token);
    SignInSession session = em.find(SignInSession.class, hash);
    if (session != null) {
      em.remove(session);
    }
    revoked.fire(new SessionsRevoked(Set.of(hash)));
  }

  /** Ends every session of an account, e.g. when it is suspended. */
  public void revokeAllOf(long userId) {
    Set<String> hashes = hashesOf(userId);
    em.createNamedQuery(SignInSession.DELETE_OF_USER)
        .setParameter("userId", userId)
        .executeUpdate();
    revoked.fire(new SessionsRevoked(hashes));
  }

  /** Drops the cached copies of an account's sessions, so the next request sees its new roles. */
  public void refreshCachedCopiesOf(long userId) {
    revoked.fire(new SessionsRevoked(hashesOf(userId)));
  }

  /** Deletes sessions that have expired; they no longer work anyway, this only reclaims space. */
  public int purgeExpired() {
    return em.createNamedQuery(SignInSession.DELETE_EXPIRED)
        .setParameter("now", now())
        .executeUpdate();
  }

  private Set<String> hashesOf(long userId) {
    return new HashSet<>(
        em.createNamedQuery(SignInSession.HASHES_OF_USER, String.class)
            .setParameter("userId", userId)
            .getResultList());
  }

  /** Whole microseconds, as PostgreSQL stores them, so what is returned is what is stored. */
  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
