package org.handmademarket.identity.signin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.handmademarket.identity.AccountPrincipal;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.accounts.AccountProfile;
import org.handmademarket.identity.accounts.Accounts;
import org.handmademarket.identity.accounts.EmailAddress;
import org.handmademarket.identity.sessions.IssuedSession;
import org.handmademarket.identity.sessions.Sessions;
import org.handmademarket.identity.throttling.ClientAddress;
import org.handmademarket.identity.throttling.LoginThrottling;
import org.handmademarket.identity.throttling.RegistrationLimit;
import org.handmademarket.identity.throttling.ThrottleVerdict;
import org.handmademarket.identity.totp.SecondFactor;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/** Signing up, signing in and signing out: where a person gets or gives up a session. */
@Stateless
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Inject LoginThrottling throttling;
  @Inject RegistrationLimit registrationLimit;
  @Inject IdentityStoreHandler identityStores;
  @Inject SecondFactor secondFactor;
  @Inject CurrentUser currentUser;

  /**
   * Registers a shopper and signs them in, in one transaction, if the client has not registered too
   * often ({@link RegistrationLimit}: checked first, before the slow password hashing).
   */
  public SignedIn register(
      String email, String displayName, String password, String clientAddress) {
    registrationLimit
        .refusal(clientAddress)
        .ifPresent(
            refusal -> {
              throw refusal;
            });
    AccountProfile user = accounts.register(email, displayName, password);
    IssuedSession session = sessions.open(new Caller(user.id(), Set.copyOf(user.roles())));
    return new SignedIn(user, session.token(), session.expiresAt());
  }

  /**
   * Checks the credentials through the container's identity store and opens a session, unless the
   * account needs a second factor: then the answer is 401 {@code second-factor-required} with a
   * challenge for {@link org.handmademarket.identity.totp.TwoStepSignIn}. Wrong passwords and
   * unknown emails get the same answer. The attempt is counted before the password is checked
   * ({@link LoginThrottling#admit}), so parallel guesses cannot outrun the count. Runs without a
   * transaction: the throttling pause and the password hashing must not hold a database connection.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SignedIn signIn(String email, String password, String clientAddress) {
    String account = EmailAddress.normalise(email);
    String client = ClientAddress.groupOf(clientAddress);
    ThrottleVerdict verdict = throttling.admit(account, client);
    if (verdict.refused()) {
      LOG.fine(() -> "Sign-in refused by throttling from " + client);
    }
    verdict.proceedOrRefuse("Too many failed sign-ins.");
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(account, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // Operators keep WARNING: the account by id only, never the email or what was typed.
      LOG.warning(
          () ->
              "Failed sign-in for "
                  + accounts.idOf(account).map(id -> "account " + id).orElse("an unknown account")
                  + " from "
                  + client);
      throw new MarketplaceException(
          ProblemType.INVALID_CREDENTIALS, "The email address or the password is wrong.", Map.of());
    }
    Caller caller = ((AccountPrincipal) result.getCallerPrincipal()).caller();
    // Before the attempt is taken back: a known password alone must not clear it, or the count of
    // wrong codes after it; the second step takes it back when its code is right.
    secondFactor.demandIfNeeded(caller);
    throttling.recordSuccess(account, client);
    IssuedSession session = sessions.open(caller);
    LOG.info(() -> "Signed in account " + caller.userId() + " from " + client);
    return new SignedIn(accounts.profile(caller.userId()), session.token(), session.expiresAt());
  }

  /**
   * "Sign out everywhere": ends every session of the caller's account, this one included, e.g.
   * after using a shared computer or losing a phone.
   *
   * @throws MarketplaceException 401 for an anonymous caller
   */
  public void signOutEverywhere() {
    long userId = currentUser.requireUserId();
    sessions.revokeAllOf(userId);
    LOG.info(() -> "Account " + userId + " signed out everywhere");
  }

  /** Ends the session of a token everywhere; an unknown or expired token is not an error. */
  public void signOut(String token) {
    sessions.revoke(token);
  }
}
