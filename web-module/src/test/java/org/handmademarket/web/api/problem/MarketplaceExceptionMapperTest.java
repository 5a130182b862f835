package org.handmademarket.web.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarketplaceExceptionMapperTest {

  @Test
  void retryAfterIsInWholeSecondsRoundedUp() {
    assertEquals(900, MarketplaceExceptionMapper.wholeSeconds(Duration.ofSeconds(900)));
    assertEquals(900, MarketplaceExceptionMapper.wholeSeconds(Duration.ofMillis(899_001)));
    assertEquals(1, MarketplaceExceptionMapper.wholeSeconds(Duration.ofMillis(1)));
    assertEquals(1, MarketplaceExceptionMapper.wholeSeconds(Duration.ZERO));
  }
}
