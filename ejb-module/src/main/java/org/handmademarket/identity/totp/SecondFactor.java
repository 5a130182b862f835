package org.handmademarket.identity.totp;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Decides, after a correct password, whether a session may open at once. Staff (SUPPORT, ADMIN)
 * must always give a code, and one that has no authenticator yet sets it up in the same sign-in;
 * shoppers and sellers give one only once they have enrolled.
 */
@Stateless
public class SecondFactor {

  @Inject TotpCredentials credentials;
  @Inject SignInChallenges challenges;

  public static boolean isRequiredFor(Set<Role> roles) {
    return roles.contains(Role.SUPPORT) || roles.contains(Role.ADMIN);
  }

  /**
   * Returns when the caller may have a session now; otherwise answers 401 {@code
   * second-factor-required} with a challenge for {@code POST /api/auth/login/totp}. Runs without a
   * transaction so that the challenge is stored even though the answer is an exception.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void demandIfNeeded(Caller caller) {
    boolean enrolled = credentials.isEnrolled(caller.userId());
    if (!enrolled && !isRequiredFor(caller.roles())) {
      return;
    }
    IssuedChallenge challenge = challenges.issue(caller.userId());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("totpRequired", true);
    details.put("enrolmentRequired", !enrolled);
    details.put("challenge", challenge.token());
    details.put("challengeExpiresAt", challenge.expiresAt().toString());
    throw new MarketplaceException(
        ProblemType.SECOND_FACTOR_REQUIRED,
        enrolled
            ? "Enter the code of your authenticator app."
            : "Staff accounts need an authenticator app: set it up to finish signing in.",
        details);
  }
}
