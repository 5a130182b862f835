package org.handmademarket.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicOriginTest {

  @Test
  void anOriginIsSchemeHostAndPortInLowerCase() {
    PublicOrigin origin = PublicOrigin.of("HTTPS://Shop.Example.org/mail/links");
    assertEquals("https://shop.example.org", origin.origin());
    assertTrue(origin.isHttps());
    assertFalse(PublicOrigin.of("http://127.0.0.1:8180").isHttps());
    assertThrows(IllegalArgumentException.class, () -> PublicOrigin.of("shop.example.org"));
  }

  @Test
  void matchesTheSameOriginOnlyWithTheDefaultPortWrittenOrNot() {
    PublicOrigin origin = PublicOrigin.of("https://shop.example.org");
    assertTrue(origin.matches("https://shop.example.org"));
    assertTrue(origin.matches("https://SHOP.example.org:443"));
    assertFalse(origin.matches("http://shop.example.org"));
    assertFalse(origin.matches("https://shop.example.org:8443"));
    assertFalse(origin.matches("https://shop.example.org.evil.example"));
    assertFalse(origin.matches("null"));
    assertFalse(origin.matches(null));
    assertFalse(origin.matches("not an origin"));
  }
}
