package org.handmademarket.identity.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.Role;
import org.junit.jupiter.api.Test;

class SessionCacheTest {

  @Test
  void aCallerSurvivesTheRoundTrip() {
    Caller seller = new Caller(42, Set.of(Role.SELLER, Role.SHOPPER));

    assertEquals("42:SELLER,SHOPPER", SessionCache.encode(seller));
    assertEquals(Optional.of(seller), SessionCache.decode(SessionCache.encode(seller)));
  }

  @Test
  void aCallerWithoutRolesToo() {
    Caller nobody = new Caller(7, Set.of());

    assertEquals(Optional.of(nobody), SessionCache.decode(SessionCache.encode(nobody)));
  }

  @Test
  void aSigningKeyThatIsShortOrNotBase64IsRefusedWithoutBeingShown() {
    SessionCache cache = new SessionCache();
    cache.signingKey = Optional.of("c2hvcnQta2V5");

    IllegalStateException shortKey = assertThrows(IllegalStateException.class, cache::configure);
    assertFalse(shortKey.getMessage().contains("c2hvcnQta2V5"), shortKey.getMessage());

    cache.signingKey = Optional.of("not base64 at all!");
    assertThrows(IllegalStateException.class, cache::configure);
  }

  @Test
  void anUnreadableEntryIsAMiss() {
    assertEquals(Optional.empty(), SessionCache.decode("garbage"));
    assertEquals(Optional.empty(), SessionCache.decode("x:SHOPPER"));
    assertEquals(Optional.empty(), SessionCache.decode("42:WIZARD"));
  }
}
