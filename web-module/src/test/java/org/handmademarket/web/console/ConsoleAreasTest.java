package org.handmademarket.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.handmademarket.web.console.ConsoleAreas.Area;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleAreasTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/console/signin.xhtml, PUBLIC",
    "/console/signout.xhtml, SIGNED_IN",
    "/console/forbidden.xhtml, SIGNED_IN",
    "/console/index.xhtml, CONSOLE",
    "/console/seller/listings.xhtml, SELLER",
    "/console/seller/order.xhtml, SELLER",
    "/console/support/finder.xhtml, SUPPORT",
    "/console/admin/audit.xhtml, ADMIN",
    // a look-alike is not the area it imitates
    "/console/sellers/listings.xhtml, CONSOLE",
  })
  void areaByPath(String path, Area expected) {
    assertEquals(expected, ConsoleAreas.of(path));
  }

  @ParameterizedTest(name = "{0} with {1}: {2}")
  @CsvSource({
    "SELLER, SELLER, true",
    "SELLER, SUPPORT, false",
    "SELLER, ADMIN, false",
    "SUPPORT, SUPPORT, true",
    "SUPPORT, ADMIN, true",
    "SUPPORT, SELLER, false",
    "ADMIN, ADMIN, true",
    "ADMIN, SUPPORT, false",
    "CONSOLE, SHOPPER, false",
    "CONSOLE, SELLER, true",
    "SIGNED_IN, SHOPPER, true",
  })
  void admits(Area area, String role, boolean admitted) {
    assertEquals(admitted, area.admits(Set.of(role)::contains));
  }
}
