package org.handmademarket.identity.sessions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 over a cached session entry and the token hash it is stored under, so that whoever
 * can write to Redis still cannot make a session an admin's: an entry written without the key, or
 * copied under another session's key, does not open and counts as a miss.
 */
final class SessionEntrySeal {

  static final int MIN_KEY_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final char SEPARATOR = '|';

  private final SecretKeySpec key;

  SessionEntrySeal(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "a session cache key needs at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  String seal(String tokenHash, String entry) {
    return entry + SEPARATOR + mac(tokenHash, entry);
  }

  /** The entry, if it was sealed with this key for this token hash. */
  Optional<String> open(String tokenHash, String sealedEntry) {
    int separator = sealedEntry.lastIndexOf(SEPARATOR);
    if (separator < 0) {
      return Optional.empty();
    }
    String entry = sealedEntry.substring(0, separator);
    byte[] expected = mac(tokenHash, entry).getBytes(StandardCharsets.US_ASCII);
    byte[] presented = sealedEntry.substring(separator + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, presented) ? Optional.of(entry) : Optional.empty();
  }

  private String mac(String tokenHash, String entry) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(tokenHash.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '\n');
      byte[] tag = mac.doFinal(entry.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
