package org.handmademarket.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/** Where a request carries its session token, and which one counts when it carries two. */
public final class SessionCredentials {

  /** The session cookie's name on a site served over plain HTTP (a developer's machine). */
  public static final String COOKIE = "hm_session";

  /**
   * The session cookie's name when the public origin is HTTPS. Browsers accept a {@code __Host-}
   * cookie only with Secure, Path=/ and no Domain, so neither a sibling subdomain nor a page over
   * plain HTTP can plant or overwrite it; only this name is read then.
   */
  public static final String HOST_ONLY_COOKIE = "__Host-" + COOKIE;

  private static final String BEARER = "bearer ";

  private SessionCredentials() {}

  /**
   * The token of a request: the bearer token if there is one (an API client that sends a header
   * means it), else the cookie's value.
   */
  public static Optional<String> token(String authorizationHeader, String cookieValue) {
    return bearerToken(authorizationHeader).or(() -> nonBlank(cookieValue));
  }

  /**
   * The token of an {@code Authorization: Bearer <token>} header; the scheme is case-insensitive.
   */
  public static Optional<String> bearerToken(String authorizationHeader) {
    if (authorizationHeader == null
        || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return nonBlank(authorizationHeader.substring(BEARER.length()).strip());
  }

  /** The name of the session cookie this instance issues and reads. */
  public static String cookieName() {
    return PublicOrigin.configured().isHttps() ? HOST_ONLY_COOKIE : COOKIE;
  }

  /** The session cookie's value in a servlet request, or null without one. */
  public static String cookieValue(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    return Arrays.stream(cookies)
        .filter(cookie -> cookieName().equals(cookie.getName()))
        .map(Cookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
