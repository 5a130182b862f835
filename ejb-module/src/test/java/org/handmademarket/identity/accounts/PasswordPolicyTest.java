package org.handmademarket.identity.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTenToOneHundredTwentyEightCharacters() {
    assertEquals(Optional.empty(), PasswordPolicy.problemWith("z".repeat(10) + "tea pot"));
    assertEquals(Optional.empty(), PasswordPolicy.problemWith("a".repeat(128)));
    assertEquals(Optional.empty(), PasswordPolicy.problemWith("correct horse battery staple"));
  }

  @Test
  void refusesTooShortAndTooLong() {
    assertTrue(PasswordPolicy.problemWith("a".repeat(9)).isPresent());
    assertTrue(PasswordPolicy.problemWith("a".repeat(129)).isPresent());
  }

  @Test
  void refusesCommonAndBreachedPasswordsWhateverTheirCase() {
    String common = "is one of the most common passwords; choose another";
    assertEquals(Optional.of(common), PasswordPolicy.problemWith("qwertyuiop"));
    assertEquals(Optional.of(common), PasswordPolicy.problemWith("1q2w3e4r5t"));
    assertEquals(Optional.of(common), PasswordPolicy.problemWith("UsuckBallz1"));
    assertEquals(Optional.of(common), PasswordPolicy.problemWith("aaaaaaaaaa"));
    assertEquals(Optional.empty(), PasswordPolicy.problemWith("qwertyuiop and a teapot"));
  }

  @Test
  void theListHoldsMoreThanTheHundredThousandMostCommon() {
    assertTrue(CommonPasswords.size() > 400_000, "entries: " + CommonPasswords.size());
  }

  @Test
  void refusesNothingButWhiteSpace() {
    assertEquals(Optional.of("must not be blank"), PasswordPolicy.problemWith(" ".repeat(12)));
    assertEquals(Optional.of("must not be blank"), PasswordPolicy.problemWith("\t\n".repeat(6)));
    assertEquals(Optional.of("must not be blank"), PasswordPolicy.problemWith(null));
  }
}
