package org.handmademarket.identity.accounts;

import java.util.Optional;

/**
 * What a new password must satisfy. Length is what makes a password strong (NIST SP 800-63B); the
 * upper bound keeps hashing cheap for a server that hashes whatever it is sent. A long password
 * that attackers try first anyway ({@link CommonPasswords}) is refused too.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> problemWith(String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("must not be blank");
    }
    if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      return Optional.of("size must be between " + MIN_LENGTH + " and " + MAX_LENGTH);
    }
    if (CommonPasswords.contains(password)) {
      return Optional.of("is one of the most common passwords; choose another");
    }
    return Optional.empty();
  }
}
