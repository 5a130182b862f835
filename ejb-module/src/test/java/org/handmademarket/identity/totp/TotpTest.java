package org.handmademarket.identity.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** RFC 6238 appendix B: the SHA-1 seed is the ASCII of "12345678901234567890". */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheRfc6238TestVectors(long unixSeconds, String expected) {
    long step = Totp.stepAt(Instant.ofEpochSecond(unixSeconds));
    assertEquals(expected, Totp.code(RFC_SEED, step, 8, "HmacSHA1"));
    // Six digits are the last six of the same number: what authenticator apps show.
    assertEquals(expected.substring(2), Totp.code(RFC_SEED, step));
  }

  @Test
  void acceptsTheStepBeforeAndAfterButNotFurther() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long current = Totp.stepAt(now);
    for (long offset = -1; offset <= 1; offset++) {
      String code = Totp.code(RFC_SEED, current + offset);
      assertEquals(OptionalLong.of(current + offset), Totp.matchingStep(RFC_SEED, code, now));
    }
    assertTrue(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current - 2), now).isEmpty());
    assertTrue(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current + 2), now).isEmpty());
  }

  @Test
  void refusesWhatIsNotSixDigits() {
    Instant now = Instant.ofEpochSecond(59);
    assertTrue(Totp.matchingStep(RFC_SEED, "94287082", now).isEmpty(), "eight digits");
    assertTrue(Totp.matchingStep(RFC_SEED, "28708", now).isEmpty());
    assertTrue(Totp.matchingStep(RFC_SEED, "28708a", now).isEmpty());
    assertTrue(Totp.matchingStep(RFC_SEED, null, now).isEmpty());
    assertEquals(OptionalLong.of(1), Totp.matchingStep(RFC_SEED, "287082", now));
  }

  @Test
  void base32FollowsRfc4648AndReadsWhatPeopleType() {
    assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("MZXW6", Base32.encode("foo".getBytes(StandardCharsets.US_ASCII)));
    assertArrayEquals(
        "foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb oi======"));
    assertArrayEquals(RFC_SEED, Base32.decode(Base32.encode(RFC_SEED)));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZ1W"));
  }

  @Test
  void codeAtReadsABase32Secret() {
    Instant at = Instant.ofEpochSecond(1_111_111_111);
    assertEquals("050471", Totp.codeAt(Base32.encode(RFC_SEED), at));
  }
}
