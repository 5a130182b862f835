package org.handmademarket.identity.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.Optional;
import org.handmademarket.platform.errors.MarketplaceException;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final byte[] SECRET = "12345678901234567890".getBytes();

  @Test
  void whatItSealsOnlyTheSameAccountAndKeyOpen() {
    SecretCipher cipher = new SecretCipher(Optional.of(KEY));
    String sealed = cipher.encrypt(7, SECRET);
    assertNotEquals(sealed, cipher.encrypt(7, SECRET), "a fresh nonce each time");
    assertArrayEquals(SECRET, cipher.decrypt(7, sealed));
    assertThrows(IllegalStateException.class, () -> cipher.decrypt(8, sealed), "another account");
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    SecretCipher other =
        new SecretCipher(Optional.of(Base64.getEncoder().encodeToString(otherKey)));
    assertThrows(IllegalStateException.class, () -> other.decrypt(7, sealed), "another key");
  }

  @Test
  void withoutAKeyNothingIsEncrypted() {
    SecretCipher cipher = new SecretCipher(Optional.empty());
    assertFalse(cipher.isConfigured());
    assertThrows(MarketplaceException.class, () -> cipher.encrypt(7, SECRET));
  }

  @Test
  void refusesAKeyOfTheWrongSize() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SecretCipher(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))));
  }
}
