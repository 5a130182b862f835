package org.handmademarket.web.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveHandshakeTest {

  private final LiveHandshake handshake = new LiveHandshake();

  @Test
  void browsersFromNoRealOriginAreRefusedAtTheUpgrade() {
    assertTrue(handshake.checkOrigin(null), "no Origin: not a browser");
    assertTrue(handshake.checkOrigin("https://shop.example"));
    assertFalse(handshake.checkOrigin("null"));
    assertFalse(handshake.checkOrigin("file://"));
    assertFalse(handshake.checkOrigin("chrome-extension://abc"));
  }

  @Test
  void readsOneCookieFromTheHeader() {
    assertEquals("t0k", LiveHandshake.cookie("a=b; hm_session=t0k; c=d", "hm_session"));
    assertEquals("x", LiveHandshake.cookie("__Host-hm_session=x", "__Host-hm_session"));
    assertNull(LiveHandshake.cookie("__Host-hm_session=x", "hm_session"));
    assertNull(LiveHandshake.cookie("", "hm_session"));
  }
}
