package org.handmademarket.web.api.identity;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.handmademarket.web.security.SessionCredentials;

/**
 * The session cookie: HttpOnly (scripts cannot read the token), SameSite=Lax (not sent on cross-site
 * sub-requests and form posts), Path=/ (the API and the console share it), and Secure whenever the
 * request came over HTTPS.
 */
final class SessionCookie {

  private SessionCookie() {}

  static NewCookie issue(String token, OffsetDateTime expiresAt, boolean secure) {
    long maxAge = Math.max(0, Duration.between(OffsetDateTime.now(), expiresAt).toSeconds());
    return builder(secure).value(token).maxAge((int) Math.min(maxAge, Integer.MAX_VALUE)).build();
  }

  /** Tells the browser to drop the cookie. */
  static NewCookie clear(boolean secure) {
    return builder(secure).value("").maxAge(0).build();
  }

  private static NewCookie.Builder builder(boolean secure) {
    return new NewCookie.Builder(SessionCredentials.COOKIE)
        .path("/")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX);
  }
}
