package org.handmademarket.localstack;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets the local stack and the tests make up at start (backend passwords, signing keys), so that
 * none is ever committed and each run has its own.
 */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** 32 random bytes, base64url without padding: safe in URLs, headers and config files. */
  public static String random() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
  }

  /** 32 random bytes in standard Base64, the form keys are configured in. */
  public static String key() {
    return Base64.getEncoder().encodeToString(bytes(32));
  }

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
