package org.handmademarket.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
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
  void anUnreadableEntryIsAMiss() {
    assertEquals(Optional.empty(), SessionCache.decode("garbage"));
    assertEquals(Optional.empty(), SessionCache.decode("x:SHOPPER"));
    assertEquals(Optional.empty(), SessionCache.decode("42:WIZARD"));
  }
}
