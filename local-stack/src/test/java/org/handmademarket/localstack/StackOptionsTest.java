package org.handmademarket.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

  private static final String[] PATHS = {
    "--war", "m.war", "--payara-micro", "p.jar", "--search-node-lib", "lib"
  };

  @Test
  void oneInstanceTakesTheHttpPortItself() {
    StackOptions options = StackOptions.parse(PATHS, Map.of("MARKETPLACE_HTTP_PORT", "8580"));

    assertFalse(options.clustered());
    assertEquals(8580, options.instancePort(0));
    assertEquals(PayaraMicro.LogFormat.TEXT, options.logFormat());
  }

  @Test
  void aClusterPutsNginxOnTheHttpPortAndTheInstancesAfterIt() {
    StackOptions options =
        StackOptions.parse(
            PATHS,
            Map.of(
                "MARKETPLACE_HTTP_PORT",
                "8580",
                "MARKETPLACE_INSTANCES",
                "2",
                "LOG_FORMAT",
                "JSON"));

    assertTrue(options.clustered());
    assertEquals(8580, options.httpPort());
    assertEquals(8581, options.instancePort(0));
    assertEquals(8582, options.instancePort(1));
    assertEquals(PayaraMicro.LogFormat.JSON, options.logFormat());
  }

  @Test
  void refusesWhatItCannotRun() {
    assertThrows(
        IllegalArgumentException.class,
        () -> StackOptions.parse(PATHS, Map.of("MARKETPLACE_INSTANCES", "0")));
    assertThrows(
        IllegalArgumentException.class,
        () -> StackOptions.parse(PATHS, Map.of("MARKETPLACE_INSTANCES", "5")));
    assertThrows(
        IllegalArgumentException.class,
        () -> StackOptions.parse(PATHS, Map.of("LOG_FORMAT", "xml")));
  }
}
