package org.handmademarket.identity.totp;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.handmademarket.platform.crypto.Sha256;

/**
 * Ten single-use codes to sign in with when the authenticator is lost: 24 base32 characters (120
 * random bits) shown in groups of four. Stored only as SHA-256 of the account id and the code: ASVS
 * accepts a plain hash for lookup secrets of 112 bits or more (shorter ones would need a slow,
 * salted password hash on every check).
 */
final class RecoveryCodes {

  static final int COUNT = 10;
  static final int LENGTH = 24;
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final Pattern WELL_FORMED = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder(LENGTH + LENGTH / 4);
      for (int c = 0; c < LENGTH; c++) {
        if (c > 0 && c % 4 == 0) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** Dashes, spaces and case do not matter when a code is typed in. */
  static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }

  static boolean looksLikeOne(String typed) {
    return WELL_FORMED.matcher(normalise(typed)).matches();
  }

  static String hash(long userId, String typed) {
    return Sha256.hex(userId + ":" + normalise(typed));
  }
}
