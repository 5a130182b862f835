package org.handmademarket.localstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

  @Test
  void defaultsFollowTheListingCount() {
    DemoOptions options = DemoOptions.parse(new String[] {"--jdbc-url", "jdbc:postgresql://h/db"});
    assertEquals(25_000, options.listings());
    assertEquals(500, options.shops());
    assertEquals(DemoOptions.DEFAULT_SEED, options.seed());
    assertEquals("postgres", options.user());
    assertEquals(Path.of(".local-stack/storage"), options.imagesDir());

    DemoOptions large =
        DemoOptions.parse(
            new String[] {"--jdbc-url", "jdbc:x", "--listings", "200,000", "--seed", "7"});
    assertEquals(200_000, large.listings());
    assertEquals(4_000, large.shops());
    assertEquals(7, large.seed());
  }

  @Test
  void refusesWhatItCannotLoad() {
    assertThrows(
        IllegalArgumentException.class, () -> DemoOptions.parse(new String[] {"--listings", "5"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> DemoOptions.parse(new String[] {"--jdbc-url", "jdbc:x", "--listing", "5"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> DemoOptions.parse(new String[] {"--jdbc-url", "jdbc:x", "--shops", "0"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> DemoOptions.parse(new String[] {"--jdbc-url", "jdbc:x", "--listings", "many"}));
  }
}
