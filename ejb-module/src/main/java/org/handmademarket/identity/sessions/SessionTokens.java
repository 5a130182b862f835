package org.handmademarket.identity.sessions;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.handmademarket.platform.crypto.Sha256;

/**
 * Session tokens: 32 random bytes, base64url without padding (43 characters). Only their SHA-256 is
 * stored, so a leaked copy of the sessions table or of Redis signs nobody in. A fast hash is enough
 * here, unlike for passwords: the token has 256 bits of entropy, there is nothing to guess.
 */
public final class SessionTokens {

  private static final int TOKEN_BYTES = 32;
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionTokens() {}

  public static String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a presented value can be a token at all; anything else is not worth a lookup. */
  public static boolean isWellFormed(String token) {
    return token != null && WELL_FORMED.matcher(token).matches();
  }

  /** The key under which a token's session is stored: lower-case hex SHA-256. */
  public static String hash(String token) {
    return Sha256.hex(token);
  }
}
