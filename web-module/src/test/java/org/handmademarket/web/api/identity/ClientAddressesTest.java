package org.handmademarket.web.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final ClientAddresses BEHIND_PROXIES =
      new ClientAddresses(Optional.of("127.0.0.1, 10.0.0.0/8,fd00::/8"));
  private static final ClientAddresses DIRECT = new ClientAddresses(Optional.empty());

  @Test
  void aPeerThatIsNoTrustedProxyCannotChooseItsAddress() {
    assertEquals("198.51.100.7", BEHIND_PROXIES.of("198.51.100.7", "203.0.113.9"));
    assertEquals("127.0.0.1", DIRECT.of("127.0.0.1", "203.0.113.9"));
  }

  @Test
  void behindATrustedProxyTheAddressItAppendedCounts() {
    assertEquals("203.0.113.9", BEHIND_PROXIES.of("127.0.0.1", "203.0.113.9"));
    assertEquals(
        "203.0.113.9",
        BEHIND_PROXIES.of("127.0.0.1", "1.2.3.4, 203.0.113.9"),
        "what the client put in front is never believed");
  }

  @Test
  void chainsOfTrustedProxiesAreWalkedBack() {
    assertEquals(
        "2001:db8::5", BEHIND_PROXIES.of("10.1.2.3", "6.6.6.6, 2001:db8::5, fd00::1, 10.9.9.9"));
    assertEquals("10.0.0.2", BEHIND_PROXIES.of("127.0.0.1", "10.0.0.2, 10.0.0.3"));
  }

  @Test
  void aProxyWithoutTheHeaderIsTheClient() {
    assertEquals("127.0.0.1", BEHIND_PROXIES.of("127.0.0.1", null));
    assertEquals("127.0.0.1", BEHIND_PROXIES.of("127.0.0.1", " "));
  }

  @Test
  void rangesMatchByPrefix() {
    AddressRanges ranges = AddressRanges.of(List.of("192.168.0.0/23", "2001:db8::/32"));
    assertEquals(true, ranges.contains("192.168.1.255"));
    assertEquals(false, ranges.contains("192.168.2.0"));
    assertEquals(true, ranges.contains("2001:db8:ffff::1"));
    assertEquals(false, ranges.contains("2001:db9::1"));
    assertEquals(false, ranges.contains("evil.example.org"));
  }

  @Test
  void aMistypedProxyIsRefusedAtStart() {
    assertThrows(IllegalArgumentException.class, () -> AddressRanges.of(List.of("proxy.local")));
    assertThrows(IllegalArgumentException.class, () -> AddressRanges.of(List.of("10.0.0.0/33")));
  }
}
