package org.handmademarket.identity.accounts;

import java.time.Duration;

/** What a mailed single-use token allows, and how long it may be used. */
public enum TokenPurpose {
  /** Setting a new password without the old one: short-lived, it is as good as the password. */
  PASSWORD_RESET(Duration.ofMinutes(30)),
  /** Proving that the account's owner reads mail at its address. */
  EMAIL_VERIFICATION(Duration.ofDays(2));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
