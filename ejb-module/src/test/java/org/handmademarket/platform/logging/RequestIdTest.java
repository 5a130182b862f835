package org.handmademarket.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RequestIdTest {

  @Test
  void keepsAWellFormedIdAndReplacesAnythingElse() {
    assertEquals(
        "66a00b22fb1a42c637b30343c742fa25", RequestId.accept("66a00b22fb1a42c637b30343c742fa25"));
    for (String bad :
        new String[] {null, "", "short", "two words here", "x".repeat(129), "id\"}{"}) {
      String replaced = RequestId.accept(bad);
      assertNotEquals(bad, replaced);
      assertEquals(36, replaced.length(), "a UUID");
    }
  }

  @Test
  void logRecordsCarryTheBoundIdAsAField() {
    Logger logger = Logger.getLogger("request-id-test");
    logger.setUseParentHandlers(false);
    List<LogRecord> records = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    try {
      RequestId.bind("req-12345678");
      RequestId.log(logger, Level.WARNING, "inside", null);
      RequestId.clear();
      RequestId.log(logger, Level.WARNING, "outside", null);
    } finally {
      logger.removeHandler(capture);
    }

    assertEquals(Map.of("requestId", "req-12345678"), records.get(0).getParameters()[0]);
    assertTrue(records.get(1).getParameters() == null, "no request, no field");
    assertTrue(RequestId.current().isEmpty());
  }
}
