package org.handmademarket.localstack.demo;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash} as the identity
 * feature configures it ({@code Algorithm=PBKDF2WithHmacSHA512, Iterations=210000,
 * SaltSizeBytes=32, KeySizeBytes=32}): {@code PBKDF2WithHmacSHA512:210000:<base64 salt>:<base64
 * key>}, so that demo accounts sign in through the real login. Plain javax.crypto: the local stack
 * has no container.
 */
final class PasswordHasher {

  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int ITERATIONS = 210_000;
  static final int SALT_BYTES = 32;
  static final int KEY_BYTES = 32;

  private PasswordHasher() {}

  /**
   * Deliberately slow (210,000 iterations): hash each distinct password once and reuse the result.
   */
  static String hash(String password, byte[] salt) {
    if (salt.length != SALT_BYTES) {
      throw new IllegalArgumentException("The salt must be " + SALT_BYTES + " bytes");
    }
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BYTES * 8);
    try {
      byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
      Base64.Encoder base64 = Base64.getEncoder();
      return ALGORITHM
          + ":"
          + ITERATIONS
          + ":"
          + base64.encodeToString(salt)
          + ":"
          + base64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
