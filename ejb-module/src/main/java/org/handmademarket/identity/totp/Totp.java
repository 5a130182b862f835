package org.handmademarket.identity.totp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app makes them by default:
 * HMAC-SHA1, 6 digits, 30-second steps counted from the Unix epoch. A code is accepted for the step
 * before and after the current one too, for clocks a little off and for the time it takes to type
 * it. No library on hand does this, and it is the few lines of RFC 4226 section 5.3.
 */
public final class Totp {

  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;

  /** Steps either side of the current one that still count. */
  static final int WINDOW = 1;

  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  /** The time step a moment falls in (RFC 6238's T). */
  public static long stepAt(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The 6-digit code of a step. */
  public static String code(byte[] secret, long step) {
    return code(secret, step, DIGITS, "HmacSHA1");
  }

  /** The code an authenticator app shows at a moment, for a base32 secret (as tests need). */
  public static String codeAt(String base32Secret, Instant at) {
    return code(Base32.decode(base32Secret), stepAt(at));
  }

  /**
   * The step whose code this is, looking at the current step and {@link #WINDOW} either side; empty
   * when none matches. Every candidate is computed and compared in constant time, so the answer's
   * timing tells nothing about which step, if any, matched.
   */
  public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    if (code == null || code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    byte[] presented = code.getBytes(StandardCharsets.US_ASCII);
    long current = stepAt(now);
    long match = -1;
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      byte[] expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, presented) && match < 0) {
        match = step;
      }
    }
    return match < 0 ? OptionalLong.empty() : OptionalLong.of(match);
  }

  /** RFC 4226 HOTP over the step as counter; digits and algorithm open for the RFC's vectors. */
  static String code(byte[] secret, long step, int digits, String algorithm) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, "RAW"));
      hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    String text = Integer.toString(binary % POWERS[digits]);
    return "0".repeat(digits - text.length()) + text;
  }
}
