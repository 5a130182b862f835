package org.handmademarket.identity.sessions;

import jakarta.security.enterprise.credential.Credential;

/** A session token presented in a cookie or an {@code Authorization: Bearer} header. */
public final class SessionTokenCredential implements Credential {

  private final String token;

  public SessionTokenCredential(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  @Override
  public String toString() {
    return "SessionTokenCredential[<hidden>]";
  }
}
