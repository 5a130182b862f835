package org.handmademarket.identity.totp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM under {@code totp.encryption-key} (32 bytes,
 * base64), so that a copy of the database alone cannot make codes. The account id is the associated
 * data: a ciphertext moved to another account's row does not decrypt. Stored form: base64 of a
 * fresh 12-byte nonce followed by ciphertext and tag.
 */
@ApplicationScoped
public class SecretCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Optional<SecretKey> key;

  @Inject
  public SecretCipher(@ConfigProperty(name = "totp.encryption-key") Optional<String> key) {
    this.key = key.filter(k -> !k.isBlank()).map(SecretCipher::aesKey);
  }

  /** For CDI's proxy only. */
  protected SecretCipher() {
    this.key = Optional.empty();
  }

  public boolean isConfigured() {
    return key.isPresent();
  }

  String encrypt(long userId, byte[] secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, userId, nonce, secret);
    return Base64.getEncoder()
        .encodeToString(
            ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
  }

  byte[] decrypt(long userId, String stored) {
    byte[] all = Base64.getDecoder().decode(stored);
    ByteBuffer buffer = ByteBuffer.wrap(all);
    byte[] nonce = new byte[NONCE_BYTES];
    buffer.get(nonce);
    byte[] sealed = new byte[buffer.remaining()];
    buffer.get(sealed);
    return run(Cipher.DECRYPT_MODE, userId, nonce, sealed);
  }

  private byte[] run(int mode, long userId, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, requireKey(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(("user:" + userId).getBytes(StandardCharsets.US_ASCII));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // A wrong key or a tampered row: nobody can sign in with this secret, which is the point.
      throw new IllegalStateException(
          "the TOTP secret of account " + userId + " does not decrypt", e);
    }
  }

  private SecretKey requireKey() {
    return key.orElseThrow(
        () ->
            new MarketplaceException(
                ProblemType.SERVICE_UNAVAILABLE,
                "Second factors are not configured on this server (totp.encryption-key).",
                Map.of()));
  }

  private static SecretKey aesKey(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64.trim());
    if (bytes.length != 32) {
      throw new IllegalArgumentException("totp.encryption-key must be 32 bytes in base64");
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
