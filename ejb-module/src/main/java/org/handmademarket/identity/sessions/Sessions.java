package org.handmademarket.identity.sessions;

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
import java.util.logging.Logger;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.accounts.AccountMail;
import org.handmademarket.identity.accounts.UserAccount;

/**
 * Opens, resolves and revokes sign-in sessions. PostgreSQL holds every session; Redis holds
 * recently used ones so that resolving a token, which every signed-in request does, rarely reaches
 * the database.
 *
 * <p>A session ends at a fixed time after sign-in (a stolen token stops working then at the latest)
 * and earlier when it goes unused for its idle timeout; both by the account's roles at sign-in
 * ({@link SessionLimits}). Use is written down when the cache misses, at most once a minute, and
 * the cache keeps no entry past the idle deadline, so the timeout holds to within a few minutes.
 */
@Stateless
public class Sessions {

  private static final Logger LOG = Logger.getLogger(Sessions.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SessionCache cache;
  @Inject SessionLimits limits;
  @Inject SessionActivity activity;
  @Inject Event<SessionsRevoked> revoked;
  @Inject Event<AccountMail> mails;

  public IssuedSession open(Caller caller) {
    OffsetDateTime now = now();
    SessionLimits.Limits limit = limits.of(caller.roles());
    OffsetDateTime expiresAt = now.plus(limit.lifetime());
    String token = SessionTokens.newToken();
    String hash = SessionTokens.hash(token);
    SignInSession session = new SignInSession(hash, caller.userId(), now, expiresAt, limit.idle());
    em.persist(session);
    cache.put(hash, caller, Duration.between(now, session.endsAt()));
    if (SessionLimits.isStaff(caller.roles())) {
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
    if (session.needsTouchAt(now)) {
      activity.seen(hash, now);
      session.seenAt(now);
    }
    Caller caller = new Caller(account.id(), account.roles());
    cache.put(hash, caller, Duration.between(now, session.endsAt()));
    return Optional.of(caller);
  }

  /** Ends the session of a token; a token that is unknown or already revoked is ignored. */
  public void revoke(String token) {
    if (SessionTokens.isWellFormed(token)) {
      revokeByKey(SessionTokens.hash(token));
    }
  }

  /**
   * Ends the session stored under this key (its token's SHA-256, which a web session may keep
   * instead of the token); an unknown key is ignored.
   */
  public void revokeByKey(String hash) {
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
    LOG.info(() -> "Ended all " + hashes.size() + " sessions of account " + userId);
  }

  /**
   * Ends every session of an account but the one of this token (the caller's own, e.g. after it
   * changed the password).
   */
  public void revokeAllOfExcept(long userId, String keptToken) {
    String kept = SessionTokens.isWellFormed(keptToken) ? SessionTokens.hash(keptToken) : "";
    Set<String> hashes = hashesOf(userId);
    hashes.remove(kept);
    em.createNativeQuery("DELETE FROM sessions WHERE user_id = ?1 AND token_hash <> ?2")
        .setParameter(1, userId)
        .setParameter(2, kept)
        .executeUpdate();
    revoked.fire(new SessionsRevoked(hashes));
    LOG.info(() -> "Ended " + hashes.size() + " other sessions of account " + userId);
  }

  /** Drops the cached copies of an account's sessions, so the next request sees its new roles. */
  public void refreshCachedCopiesOf(long userId) {
    revoked.fire(new SessionsRevoked(hashesOf(userId)));
  }

  /**
   * Deletes sessions that have expired or gone idle; they no longer work anyway, this only reclaims
   * space.
   */
  public int purgeExpired() {
    return em.createNativeQuery(
            "DELETE FROM sessions WHERE expires_at <= ?1"
                + " OR last_seen_at + idle_timeout_seconds * interval '1 second' <= ?1")
        .setParameter(1, now())
        .executeUpdate();
  }

  private Set<String> hashesOf(long userId) {
    return new HashSet<>(
        em.createNamedQuery(SignInSession.HASHES_OF_USER, String.class)
            .setParameter("userId", userId)
            .getResultList());
  }

  /** Whole microseconds, as PostgreSQL stores them, so what is returned is what is stored. */
  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
