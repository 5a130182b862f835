package org.handmademarket.identity.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A secret waiting for its first code: the base32 text to type into an authenticator app, and the
 * {@code otpauth://} URI that a QR code carries (Key Uri Format, as Google Authenticator and the
 * others read it).
 */
public record TotpEnrolment(String secret, String otpauthUri) {

  static final String ISSUER = "Handmade Market";

  static TotpEnrolment of(String email, String secret) {
    String issuer = encode(ISSUER);
    return new TotpEnrolment(
        secret,
        "otpauth://totp/"
            + issuer
            + ":"
            + encode(email)
            + "?secret="
            + secret
            + "&issuer="
            + issuer
            + "&algorithm=SHA1&digits="
            + Totp.DIGITS
            + "&period="
            + Totp.STEP_SECONDS);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "TotpEnrolment[secret=<hidden>]";
  }
}
