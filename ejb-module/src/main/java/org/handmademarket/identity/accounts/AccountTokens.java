package org.handmademarket.identity.accounts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.handmademarket.identity.sessions.SessionTokens;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Single-use tokens sent by mail ({@link TokenPurpose}). Made like session tokens (256 random bits,
 * only the SHA-256 stored), so a copy of {@code account_tokens} resets nobody's password. Redeeming
 * marks the token used in the caller's transaction: if what it was redeemed for rolls back, the
 * token stays usable.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountTokens {

  @PersistenceContext EntityManager em;

  /** A new token for the account; the raw value, which only the mail will hold. */
  public String issue(long userId, TokenPurpose purpose) {
    String token = SessionTokens.newToken();
    em.createNativeQuery(
            "INSERT INTO account_tokens (token_hash, user_id, purpose, expires_at)"
                + " VALUES (?1, ?2, ?3, now() + ?4 * interval '1 second')")
        .setParameter(1, SessionTokens.hash(token))
        .setParameter(2, userId)
        .setParameter(3, purpose.name())
        .setParameter(4, purpose.lifetime().toSeconds())
        .executeUpdate();
    return token;
  }

  /**
   * Uses a token up; answers its account.
   *
   * @throws MarketplaceException 400 {@code invalid-token} for an unknown, used or expired token,
   *     all alike
   */
  public long redeem(String token, TokenPurpose purpose) {
    if (!SessionTokens.isWellFormed(token)) {
      throw invalid();
    }
    List<?> users =
        em.createNativeQuery(
                "WITH used AS (UPDATE account_tokens SET used_at = now() WHERE token_hash = ?1"
                    + " AND purpose = ?2 AND used_at IS NULL AND expires_at > now()"
                    + " RETURNING user_id) SELECT user_id FROM used")
            .setParameter(1, SessionTokens.hash(token))
            .setParameter(2, purpose.name())
            .getResultList();
    if (users.isEmpty()) {
      throw invalid();
    }
    return ((Number) users.get(0)).longValue();
  }

  /** How many tokens of this purpose the account received within {@code window}. */
  public int issuedWithin(long userId, TokenPurpose purpose, Duration window) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM account_tokens WHERE user_id = ?1 AND purpose = ?2"
                        + " AND created_at > now() - ?3 * interval '1 second'")
                .setParameter(1, userId)
                .setParameter(2, purpose.name())
                .setParameter(3, window.toSeconds())
                .getSingleResult())
        .intValue();
  }

  /** Ends the account's unused tokens of this purpose, e.g. once the password was reset. */
  public void revokeAll(long userId, TokenPurpose purpose) {
    em.createNativeQuery(
            "UPDATE account_tokens SET used_at = now() WHERE user_id = ?1 AND purpose = ?2"
                + " AND used_at IS NULL")
        .setParameter(1, userId)
        .setParameter(2, purpose.name())
        .executeUpdate();
  }

  /** Deletes tokens expired for a day (kept that long so rate limits still count them). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int purgeExpired() {
    return em.createNativeQuery(
            "DELETE FROM account_tokens WHERE expires_at < now() - interval '1 day'")
        .executeUpdate();
  }

  private static MarketplaceException invalid() {
    return new MarketplaceException(
        ProblemType.INVALID_TOKEN,
        "This link is not valid: it may have been used already or have expired. Ask for a new one.",
        Map.of());
  }
}
