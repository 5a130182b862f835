package org.handmademarket.identity.throttling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void ipv6AddressesOfOneSlash64AreOneClient() {
    assertEquals("2001:db8:1:2::/64", ClientAddress.groupOf("2001:db8:1:2::1"));
    assertEquals(
        ClientAddress.groupOf("2001:db8:1:2::1"),
        ClientAddress.groupOf("2001:0db8:0001:0002:ffff:ffff:ffff:fffe"));
    assertEquals("2001:db8:1:2::/64", ClientAddress.groupOf("[2001:db8:1:2:a:b:c:d]"));
  }

  @Test
  void neighbouringSlash64sAreDifferentClients() {
    assertNotEquals(
        ClientAddress.groupOf("2001:db8:1:2::1"), ClientAddress.groupOf("2001:db8:1:3::1"));
  }

  @Test
  void ipv4AddressesAreEachAClient() {
    assertEquals("203.0.113.9", ClientAddress.groupOf("203.0.113.9"));
    assertNotEquals(ClientAddress.groupOf("203.0.113.9"), ClientAddress.groupOf("203.0.113.10"));
  }

  @Test
  void anIpv4MappedAddressIsItsIpv4Address() {
    assertEquals("203.0.113.9", ClientAddress.groupOf("::ffff:203.0.113.9"));
  }

  @Test
  void theLoopbackIsItsOwnGroup() {
    assertEquals("0:0:0:0::/64", ClientAddress.groupOf("::1"));
    assertEquals("127.0.0.1", ClientAddress.groupOf("127.0.0.1"));
  }

  @Test
  void somethingElseIsNeverResolvedAndCountsAsItself() {
    assertEquals("example.org", ClientAddress.groupOf("example.org"));
    assertEquals("unknown", ClientAddress.groupOf(null));
    assertEquals(64, ClientAddress.groupOf("x".repeat(500)).length());
  }
}
