package org.handmademarket.identity.totp;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * The TOTP secrets and recovery codes of accounts (tables {@code totp_credentials} and {@code
 * totp_recovery_codes}). Every check that uses a code up does so in one conditional UPDATE, so two
 * requests with the same code cannot both pass.
 */
@Stateless
public class TotpCredentials {

  /** 160 bits, the HMAC-SHA1 block RFC 4226 recommends. */
  private static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject SecretCipher cipher;

  public boolean isEnrolled(long userId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM totp_credentials WHERE user_id = ?1 AND secret IS NOT NULL")
        .setParameter(1, userId)
        .getResultList()
        .isEmpty();
  }

  /** Unused recovery codes of an account. */
  public int recoveryCodesLeft(long userId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM totp_recovery_codes WHERE user_id = ?1 AND used_at IS NULL")
                .setParameter(1, userId)
                .getSingleResult())
        .intValue();
  }

  /**
   * Makes a new secret that waits for its first code; an enrolled secret stays in force until then.
   *
   * @return the secret in base32, for the authenticator app
   */
  public String startEnrolment(long userId) {
    if (!cipher.isConfigured()) {
      throw new MarketplaceException(
          ProblemType.SERVICE_UNAVAILABLE,
          "Second factors cannot be set up on this server yet: it has no totp.encryption-key.",
          Map.of());
    }
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    em.createNativeQuery(
            "INSERT INTO totp_credentials (user_id, pending_secret, pending_since)"
                + " VALUES (?1, ?2, now()) ON CONFLICT (user_id) DO UPDATE"
                + " SET pending_secret = excluded.pending_secret, pending_since = now()")
        .setParameter(1, userId)
        .setParameter(2, cipher.encrypt(userId, secret))
        .executeUpdate();
    return Base32.encode(secret);
  }

  /**
   * Confirms the pending secret with a code it makes: it replaces any previous secret, and the
   * account gets new recovery codes (the old ones stop working).
   *
   * @return the new recovery codes, shown once; empty for a wrong code (which changes nothing)
   * @throws MarketplaceException 409 without a pending enrolment
   */
  public Optional<List<String>> confirmEnrolment(long userId, String code, Instant now) {
    List<?> pending =
        em.createNativeQuery(
                "SELECT pending_secret FROM totp_credentials"
                    + " WHERE user_id = ?1 AND pending_secret IS NOT NULL FOR UPDATE")
            .setParameter(1, userId)
            .getResultList();
    if (pending.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.CONFLICT, "Start setting up the authenticator app first.", Map.of());
    }
    String sealed = (String) pending.get(0);
    OptionalLong step = Totp.matchingStep(cipher.decrypt(userId, sealed), code, now);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    em.createNativeQuery(
            "UPDATE totp_credentials SET secret = pending_secret, confirmed_at = now(),"
                + " pending_secret = NULL, pending_since = NULL, last_used_step = ?2"
                + " WHERE user_id = ?1")
        .setParameter(1, userId)
        .setParameter(2, step.getAsLong())
        .executeUpdate();
    List<String> codes = RecoveryCodes.generate();
    em.createNativeQuery("DELETE FROM totp_recovery_codes WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
    for (String each : codes) {
      em.createNativeQuery("INSERT INTO totp_recovery_codes (user_id, code_hash) VALUES (?1, ?2)")
          .setParameter(1, userId)
          .setParameter(2, RecoveryCodes.hash(userId, each))
          .executeUpdate();
    }
    return Optional.of(codes);
  }

  /**
   * Uses up a code of the enrolled secret, or one of the recovery codes; false when it is wrong or
   * was used before (a TOTP code of a step no later than the last one accepted).
   */
  public boolean useCode(long userId, String code, Instant now) {
    if (RecoveryCodes.looksLikeOne(code)) {
      return em.createNativeQuery(
                  "UPDATE totp_recovery_codes SET used_at = now()"
                      + " WHERE user_id = ?1 AND code_hash = ?2 AND used_at IS NULL")
              .setParameter(1, userId)
              .setParameter(2, RecoveryCodes.hash(userId, code))
              .executeUpdate()
          == 1;
    }
    List<?> secret =
        em.createNativeQuery(
                "SELECT secret FROM totp_credentials WHERE user_id = ?1 AND secret IS NOT NULL")
            .setParameter(1, userId)
            .getResultList();
    if (secret.isEmpty()) {
      return false;
    }
    OptionalLong step =
        Totp.matchingStep(cipher.decrypt(userId, (String) secret.get(0)), code, now);
    return step.isPresent()
        && em.createNativeQuery(
                    "UPDATE totp_credentials SET last_used_step = ?2"
                        + " WHERE user_id = ?1 AND last_used_step < ?2")
                .setParameter(1, userId)
                .setParameter(2, step.getAsLong())
                .executeUpdate()
            == 1;
  }

  /** Removes the second factor and the recovery codes of an account. */
  public void remove(long userId) {
    em.createNativeQuery("DELETE FROM totp_recovery_codes WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM totp_credentials WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
  }
}
