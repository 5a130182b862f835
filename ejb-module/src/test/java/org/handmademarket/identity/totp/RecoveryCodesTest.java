package org.handmademarket.identity.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDistinctCodesThatAreReadBackHoweverTyped() {
    List<String> codes = RecoveryCodes.generate();
    assertEquals(10, new HashSet<>(codes).size());
    for (String code : codes) {
      assertTrue(code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}"), code);
      assertTrue(RecoveryCodes.looksLikeOne(code.toUpperCase().replace("-", " ")));
      assertEquals(RecoveryCodes.hash(1, code), RecoveryCodes.hash(1, code.toUpperCase()));
    }
    assertNotEquals(RecoveryCodes.hash(1, codes.get(0)), RecoveryCodes.hash(2, codes.get(0)));
    assertFalse(RecoveryCodes.looksLikeOne("123456"), "a TOTP code is not a recovery code");
  }
}
