package org.handmademarket.web.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void pathsBelongToTheirSurface() {
    assertEquals(Surface.API, Surface.of("/api/categories"));
    assertEquals(Surface.API, Surface.of("/api"));
    assertEquals(Surface.API, Surface.of("/api;jsessionid=1"));
    assertEquals(Surface.CONSOLE, Surface.of("/console/seller/orders.xhtml"));
    assertEquals(Surface.CONSOLE, Surface.of("/jakarta.faces.resource/core.js.xhtml"));
    assertEquals(Surface.STOREFRONT, Surface.of("/"));
    assertEquals(Surface.STOREFRONT, Surface.of("/apiary"));
    assertEquals(Surface.STOREFRONT, Surface.of("/assets/index-1.js"));
  }

  @Test
  void hstsOnlyWhenThePublicOriginIsHttps() {
    SecurityHeaders http = new SecurityHeaders("http://127.0.0.1:8180", false, Optional.empty());
    SecurityHeaders https = new SecurityHeaders("https://shop.example", true, Optional.empty());
    for (Surface surface : Surface.values()) {
      assertFalse(http.of(surface).containsKey("Strict-Transport-Security"));
      assertEquals(
          "max-age=31536000; includeSubDomains",
          https.of(surface).get("Strict-Transport-Security"));
      // ASVS 3.4.3: every policy keeps plugins out and forbids <base>.
      String policy = https.of(surface).get(SecurityHeaders.CSP);
      assertTrue(policy.contains("base-uri 'none'"), policy);
      assertTrue(policy.contains("object-src 'none'") || policy.contains("default-src 'none'"));
      assertEquals("DENY", https.of(surface).get("X-Frame-Options"));
      assertEquals("nosniff", https.of(surface).get("X-Content-Type-Options"));
      assertTrue(https.of(surface).get(SecurityHeaders.CSP).contains("frame-ancestors 'none'"));
    }
  }

  @Test
  void theStorefrontMayConnectToItsOwnSocketAndLoadImagesFromTheCdn() {
    String policy =
        new SecurityHeaders(
                "https://shop.example", true, Optional.of("https://cdn.example/images/"))
            .of(Surface.STOREFRONT)
            .get(SecurityHeaders.CSP);
    assertTrue(policy.contains("connect-src 'self' wss://shop.example https://api.stripe.com;"));
    assertTrue(policy.contains(" https://cdn.example;"), policy);
    assertFalse(policy.contains("unsafe"), policy);
  }
}
