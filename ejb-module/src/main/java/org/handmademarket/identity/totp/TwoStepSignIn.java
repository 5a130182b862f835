package org.handmademarket.identity.totp;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.accounts.AccountProfile;
import org.handmademarket.identity.accounts.Accounts;
import org.handmademarket.identity.sessions.IssuedSession;
import org.handmademarket.identity.sessions.Sessions;
import org.handmademarket.identity.throttling.ClientAddress;
import org.handmademarket.identity.throttling.LoginThrottling;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * The second step of signing in: a challenge from a correct password and a code become a session.
 * Wrong codes count as failed sign-ins of the account and the client address in the same throttling
 * as wrong passwords, so a stolen password gives no more guesses at the code than at the password.
 */
@Stateless
public class TwoStepSignIn {

  private static final Logger LOG = Logger.getLogger(TwoStepSignIn.class.getName());

  @Inject SignInChallenges challenges;
  @Inject TotpCredentials credentials;
  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Inject LoginThrottling throttling;

  /**
   * For a staff account without a second factor: a new secret for the challenge's account.
   *
   * @throws MarketplaceException 409 when the account has one already (it signs in with a code)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TotpEnrolment startEnrolment(String challenge) {
    long userId = challenges.accountOf(challenge);
    if (credentials.isEnrolled(userId)) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "This account has an authenticator app already: enter its code.",
          Map.of());
    }
    return TotpEnrolment.of(accounts.profile(userId).email(), credentials.startEnrolment(userId));
  }

  /**
   * Redeems the challenge with a TOTP code or a recovery code and opens the session; a staff
   * account finishing its enrolment also gets its recovery codes, shown this once.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CompletedSignIn complete(String challenge, String code, String clientAddress) {
    long userId = challenges.accountOf(challenge);
    AccountProfile profile = accounts.profile(userId);
    String account = profile.email();
    String client = ClientAddress.groupOf(clientAddress);
    // Counted before the code is checked, as a password is: parallel guesses cannot outrun it.
    throttling.admit(account, client).proceedOrRefuse("Too many failed sign-ins.");
    Optional<List<String>> redeemed = challenges.redeem(challenge, userId, code);
    if (redeemed.isEmpty()) {
      challenges.countFailure(challenge);
      LOG.info(() -> "Wrong second-factor code for account " + userId + " from " + clientAddress);
      throw InvalidCode.exception();
    }
    throttling.recordSuccess(account, client);
    IssuedSession session = sessions.open(new Caller(userId, Set.copyOf(profile.roles())));
    return new CompletedSignIn(profile, session.token(), session.expiresAt(), redeemed.get());
  }
}
