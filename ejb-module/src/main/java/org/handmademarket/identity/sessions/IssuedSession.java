package org.handmademarket.identity.sessions;

import java.time.OffsetDateTime;

/** A new session: the token, handed out once and never stored, and when it stops working. */
public record IssuedSession(String token, OffsetDateTime expiresAt) {

  @Override
  public String toString() {
    return "IssuedSession[token=<hidden>, expiresAt=" + expiresAt + "]";
  }
}
