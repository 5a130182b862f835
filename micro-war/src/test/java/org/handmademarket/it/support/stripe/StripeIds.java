package org.handmademarket.it.support.stripe;

import java.security.SecureRandom;

/** Object ids shaped like Stripe's: a prefix for the kind, an underscore, random letters. */
final class StripeIds {

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private StripeIds() {}

  /** {@code next("pi")} is e.g. {@code pi_3QxTg2B7WZ01zgkW0aBcDeFg}. */
  static String next(String prefix) {
    return next(prefix, 24);
  }

  /** Accounts' ids are shorter: {@code acct_} and 16 letters. */
  static String next(String prefix, int letters) {
    return prefix + "_" + random(letters);
  }

  static String random(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
