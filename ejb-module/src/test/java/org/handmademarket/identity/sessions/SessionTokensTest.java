package org.handmademarket.identity.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

  @Test
  void tokensAre32RandomBytesInBase64UrlWithoutPadding() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = SessionTokens.newToken();
      assertEquals(43, token.length());
      assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
      assertTrue(SessionTokens.isWellFormed(token));
      seen.add(token);
    }
    assertEquals(1000, seen.size(), "no token repeats");
  }

  @Test
  void theStoredKeyIsTheHexSha256OfTheToken() {
    // SHA-256 of "abc", a published test vector (FIPS 180-2).
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        SessionTokens.hash("abc"));
    String token = SessionTokens.newToken();
    assertEquals(SessionTokens.hash(token), SessionTokens.hash(token));
    assertNotEquals(SessionTokens.hash(token), SessionTokens.hash(SessionTokens.newToken()));
  }

  @Test
  void anythingElseIsNotATokenWorthLookingUp() {
    assertFalse(SessionTokens.isWellFormed(null));
    assertFalse(SessionTokens.isWellFormed(""));
    assertFalse(SessionTokens.isWellFormed("a".repeat(42)));
    assertFalse(SessionTokens.isWellFormed("a".repeat(44)));
    assertFalse(SessionTokens.isWellFormed("a".repeat(42) + "="));
    assertFalse(SessionTokens.isWellFormed("a".repeat(42) + "+"));
  }
}
