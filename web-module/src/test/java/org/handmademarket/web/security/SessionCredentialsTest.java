package org.handmademarket.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCredentialsTest {

  @Test
  void theBearerTokenWinsOverTheCookie() {
    assertEquals(Optional.of("header"), SessionCredentials.token("Bearer header", "cookie"));
  }

  @Test
  void theCookieCountsWithoutABearerToken() {
    assertEquals(Optional.of("cookie"), SessionCredentials.token(null, "cookie"));
    assertEquals(Optional.of("cookie"), SessionCredentials.token("Basic dXNlcjpwdw==", "cookie"));
    assertEquals(Optional.of("cookie"), SessionCredentials.token("Bearer   ", "cookie"));
  }

  @Test
  void nothingUsableIsNoToken() {
    assertEquals(Optional.empty(), SessionCredentials.token(null, null));
    assertEquals(Optional.empty(), SessionCredentials.token("", ""));
    assertEquals(Optional.empty(), SessionCredentials.token("Bearer", " "));
  }

  @Test
  void theSchemeIsCaseInsensitiveAndSpacesAroundTheTokenDoNotCount() {
    assertEquals(Optional.of("abc"), SessionCredentials.bearerToken("bearer abc"));
    assertEquals(Optional.of("abc"), SessionCredentials.bearerToken("BEARER  abc "));
    assertEquals(Optional.empty(), SessionCredentials.bearerToken("Bearerabc"));
  }
}
