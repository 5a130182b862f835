package org.handmademarket.web.api.identity;

import jakarta.servlet.http.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.handmademarket.web.security.PublicOrigin;
import org.handmademarket.web.security.SessionCredentials;

/**
 * The session cookie: HttpOnly (scripts cannot read the token), SameSite=Lax (not sent on
 * cross-site sub-requests and form posts), Path=/ (the API and the console share it). When the
 * configured public origin is HTTPS it is always Secure and named {@code __Host-hm_session}, even
 * though the instance behind a TLS proxy sees plain HTTP; otherwise Secure follows the request. The
 * API sets it as a JAX-RS cookie, the console's sign-in page as a servlet cookie with the same
 * attributes.
 */
public final class SessionCookie {

  private static final String PATH = "/";
  private static final String SAME_SITE = "Lax";

  private SessionCookie() {}

  static NewCookie issue(String token, OffsetDateTime expiresAt, boolean secure) {
    return builder(secure).value(token).maxAge(maxAge(expiresAt)).build();
  }

  /** Tells the browser to drop the cookie. */
  static NewCookie clear(boolean secure) {
    return builder(secure).value("").maxAge(0).build();
  }

  /** The cookie for a servlet response, e.g. after signing in on the console. */
  public static Cookie servletCookie(String token, OffsetDateTime expiresAt, boolean secure) {
    Cookie cookie = new Cookie(SessionCredentials.cookieName(), token);
    cookie.setPath(PATH);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure(secure));
    cookie.setAttribute("SameSite", SAME_SITE);
    cookie.setMaxAge(maxAge(expiresAt));
    return cookie;
  }

  /** Tells the browser to drop the cookie, from a servlet response. */
  public static Cookie clearedServletCookie(boolean secure) {
    Cookie cookie = servletCookie("", OffsetDateTime.now(), secure);
    cookie.setMaxAge(0);
    return cookie;
  }

  private static boolean secure(boolean requestSecure) {
    return requestSecure || PublicOrigin.configured().isHttps();
  }

  private static int maxAge(OffsetDateTime expiresAt) {
    long seconds = Math.max(0, Duration.between(OffsetDateTime.now(), expiresAt).toSeconds());
    return (int) Math.min(seconds, Integer.MAX_VALUE);
  }

  private static NewCookie.Builder builder(boolean secure) {
    return new NewCookie.Builder(SessionCredentials.cookieName())
        .path(PATH)
        .httpOnly(true)
        .secure(secure(secure))
        .sameSite(NewCookie.SameSite.LAX);
  }
}
