package org.handmademarket.identity.totp;

import java.time.OffsetDateTime;

/** A new sign-in challenge: the token, handed out once and never stored, and its end. */
public record IssuedChallenge(String token, OffsetDateTime expiresAt) {

  @Override
  public String toString() {
    return "IssuedChallenge[token=<hidden>, expiresAt=" + expiresAt + "]";
  }
}
