package org.handmademarket.identity.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void isTrimmedAndLowerCased() {
    assertEquals("ana.maker@example.org", EmailAddress.of("  Ana.Maker@Example.ORG \t").value());
  }

  @Test
  void lowerCasesTheSameWayWhateverTheServersLocale() {
    assertEquals("ingrid@example.org", EmailAddress.normalise("INGRID@EXAMPLE.ORG"));
  }

  @Test
  void normalisingNothingGivesNothing() {
    assertEquals(null, EmailAddress.normalise(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "ana",
        "ana@",
        "@example.org",
        "ana@example",
        "ana@@example.org",
        "ana maker@example.org",
        "ana@exa mple.org",
        "ana@example..org",
        "ana@.org"
      })
  void refusesWhatIsNotAnAddress(String typed) {
    assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(typed));
  }

  @Test
  void refusesNull() {
    assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(null));
  }

  @Test
  void acceptsUpToTheSmtpLimit() {
    String domain = "@example.org";
    String longest = "a".repeat(EmailAddress.MAX_LENGTH - domain.length()) + domain;

    assertEquals(longest, EmailAddress.of(longest).value());
    assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("a" + longest));
  }

  @Test
  void cannotBeBuiltUnnormalised() {
    assertThrows(IllegalArgumentException.class, () -> new EmailAddress("Ana@example.org"));
  }
}
