package org.handmademarket.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTenToOneHundredTwentyEightCharacters() {
    assertEquals(Optional.empty(), PasswordPolicy.problemWith("a".repeat(10)));
    assertEquals(Optional.empty(), PasswordPolicy.problemWith("a".repeat(128)));
    assertEquals(Optional.empty(), PasswordPolicy.problemWith("correct horse battery staple"));
  }

  @Test
  void refusesTooShortAndTooLong() {
    assertTrue(PasswordPolicy.problemWith("a".repeat(9)).isPresent());
    assertTrue(PasswordPolicy.problemWith("a".repeat(129)).isPresent());
  }

  @Test
  void refusesNothingButWhiteSpace() {
    assertEquals(Optional.of("must not be blank"), PasswordPolicy.problemWith(" ".repeat(12)));
    assertEquals(Optional.of("must not be blank"), PasswordPolicy.problemWith("\t\n".repeat(6)));
    assertEquals(Optional.of("must not be blank"), PasswordPolicy.problemWith(null));
  }
}
