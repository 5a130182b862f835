package org.handmademarket.identity.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.Role;
import org.junit.jupiter.api.Test;

/** A Redis writer without the key cannot mint or move a cached session. */
class SessionEntrySealTest {

  private static final String MINE = "a".repeat(64);
  private static final String OTHER = "b".repeat(64);

  private final SessionEntrySeal seal = new SessionEntrySeal(key(1));

  @Test
  void aSealedEntryOpensForItsTokenHash() {
    String entry = SessionCache.encode(new Caller(42, Set.of(Role.SHOPPER)));

    assertEquals(Optional.of(entry), seal.open(MINE, seal.seal(MINE, entry)));
  }

  @Test
  void anEntryWrittenWithoutTheKeyDoesNotOpen() {
    assertEquals(Optional.empty(), seal.open(MINE, "42:ADMIN,SHOPPER"));
    assertEquals(Optional.empty(), seal.open(MINE, "42:ADMIN,SHOPPER|forged"));
  }

  @Test
  void promotingASealedEntryBreaksTheSeal() {
    String sealedEntry = seal.seal(MINE, "42:SHOPPER");
    String promoted = "42:ADMIN,SHOPPER" + sealedEntry.substring(sealedEntry.indexOf('|'));

    assertEquals(Optional.empty(), seal.open(MINE, promoted));
  }

  @Test
  void anAdminsEntryCopiedUnderAnotherSessionDoesNotOpen() {
    String adminsEntry = seal.seal(OTHER, "1:ADMIN,SHOPPER");

    assertEquals(Optional.empty(), seal.open(MINE, adminsEntry));
  }

  @Test
  void anotherKeysEntryDoesNotOpen() {
    String sealedEntry = new SessionEntrySeal(key(2)).seal(MINE, "42:SHOPPER");

    assertEquals(Optional.empty(), seal.open(MINE, sealedEntry));
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SessionEntrySeal(new byte[16]));
  }

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
