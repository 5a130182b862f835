package org.handmademarket.identity.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Hashes and checks passwords with the container's PBKDF2. The stored form is {@code
 * PBKDF2WithHmacSHA512:210000:<base64 salt>:<base64 hash>} (docs/security.md); the demo-data
 * generator writes the same form with plain javax.crypto, so the parameters here must not drift.
 */
@ApplicationScoped
public class PasswordHasher {

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
  static final int ITERATIONS = 210_000;

  private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Checked when the email is unknown, so that the answer takes as long as a wrong password. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    decoy = hash(Base64.getEncoder().encodeToString(random));
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    try {
      return pbkdf2.verify(password.toCharArray(), storedHash);
    } catch (IllegalArgumentException unreadable) {
      // Never log the stored value: it is as sensitive as the password it protects.
      LOG.warning("A stored password hash is not in the PBKDF2 format; the sign-in is refused.");
      return false;
    }
  }

  /** Spends the time of one check without any account, so unknown emails are not told apart. */
  public void spendTimeOfOneCheck(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
