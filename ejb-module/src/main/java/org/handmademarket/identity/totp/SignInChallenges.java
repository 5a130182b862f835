package org.handmademarket.identity.totp;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handmademarket.identity.sessions.SessionTokens;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * The step between a correct password and a session (table {@code sign_in_challenges}): a random
 * token, stored only as its hash, that a code redeems once within {@link #LIFETIME} and {@link
 * #MAX_ATTEMPTS} wrong codes. The sign-in throttling counts the wrong codes too; these limits only
 * keep one challenge from being tried for long.
 */
@Stateless
public class SignInChallenges {

  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final int MAX_ATTEMPTS = 5;

  @PersistenceContext EntityManager em;
  @Inject TotpCredentials credentials;

  public IssuedChallenge issue(long userId) {
    em.createNativeQuery("DELETE FROM sign_in_challenges WHERE expires_at <= now()")
        .executeUpdate();
    String token = SessionTokens.newToken();
    OffsetDateTime expiresAt =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).plus(LIFETIME);
    em.createNativeQuery(
            "INSERT INTO sign_in_challenges (token_hash, user_id, expires_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, SessionTokens.hash(token))
        .setParameter(2, userId)
        .setParameter(3, expiresAt)
        .executeUpdate();
    return new IssuedChallenge(token, expiresAt);
  }

  /**
   * The account a live challenge belongs to.
   *
   * @throws MarketplaceException 401 {@code challenge-expired} for an unknown, used or expired one
   */
  public long accountOf(String challenge) {
    if (!SessionTokens.isWellFormed(challenge)) {
      throw expired();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT user_id FROM sign_in_challenges WHERE token_hash = ?1 AND expires_at > now()")
            .setParameter(1, SessionTokens.hash(challenge))
            .getResultList();
    if (rows.isEmpty()) {
      throw expired();
    }
    return ((Number) rows.get(0)).longValue();
  }

  /**
   * Redeems the challenge with a code in one transaction: the code is used up (or confirms the
   * pending enrolment) and the challenge deleted, or nothing changes.
   *
   * @return empty for a wrong code; otherwise the recovery codes an enrolment made (none when the
   *     account was enrolled before)
   */
  public Optional<List<String>> redeem(String challenge, long userId, String code) {
    Instant now = Instant.now();
    Optional<List<String>> outcome;
    if (credentials.isEnrolled(userId)) {
      outcome = credentials.useCode(userId, code, now) ? Optional.of(List.of()) : Optional.empty();
    } else {
      outcome = credentials.confirmEnrolment(userId, code, now);
    }
    if (outcome.isPresent()
        && em.createNativeQuery(
                    "DELETE FROM sign_in_challenges"
                        + " WHERE token_hash = ?1 AND user_id = ?2 AND expires_at > now()")
                .setParameter(1, SessionTokens.hash(challenge))
                .setParameter(2, userId)
                .executeUpdate()
            != 1) {
      // Redeemed by a request running at the same time: this one gets no second session.
      throw expired();
    }
    return outcome;
  }

  /** Counts a wrong code; the challenge ends after the last attempt it allows. */
  public void countFailure(String challenge) {
    String hash = SessionTokens.hash(challenge);
    em.createNativeQuery(
            "UPDATE sign_in_challenges SET attempts = attempts + 1 WHERE token_hash = ?1")
        .setParameter(1, hash)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM sign_in_challenges WHERE token_hash = ?1 AND attempts >= ?2")
        .setParameter(1, hash)
        .setParameter(2, MAX_ATTEMPTS)
        .executeUpdate();
  }

  static MarketplaceException expired() {
    return new MarketplaceException(
        ProblemType.CHALLENGE_EXPIRED,
        "This sign-in step has expired or was used. Sign in with your password again.",
        Map.of());
  }
}
