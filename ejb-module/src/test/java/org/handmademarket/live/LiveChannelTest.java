package org.handmademarket.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveChannelTest {

  @Test
  void anAnnouncementIsHandedOnAsPublishedUnderTheTopicItNames() {
    String availability =
        "{\"type\":\"availability\",\"listing\":42,\"available\":0,\"status\":\"SOLD_OUT\"}";
    String order = "{\"type\":\"order\",\"order\":7,\"status\":\"SHIPPED\"}";

    assertEquals(
        Optional.of(new LiveUpdate(Topic.listing(42), availability)),
        LiveChannel.parse(availability));
    assertEquals(Optional.of(new LiveUpdate(Topic.order(7), order)), LiveChannel.parse(order));
  }

  @Test
  void whatNamesNoSingleTopicIsDropped() {
    for (String message :
        List.of(
            "",
            "not json",
            "[42]",
            "{\"type\":\"availability\"}",
            "{\"listing\":42,\"order\":7}",
            "{\"listing\":\"42\"}",
            "{\"listing\":0}",
            "{\"listing\":-1}",
            "{\"listing\":4.2}",
            "{\"listing\":12345678901234567890}")) {
      assertTrue(LiveChannel.parse(message).isEmpty(), message);
    }
  }

  @Test
  void aWholeNumberWrittenWithAnExponentIsAnId() {
    assertEquals(
        Optional.of(Topic.listing(100)),
        LiveChannel.parse("{\"listing\":1e2}").map(LiveUpdate::topic));
  }
}
