package org.handmademarket.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
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
  @Inject IdentityStoreHandler identityStores;
  @Inject SecondFactor secondFactor;

  /** Registers a shopper and signs them in, in one transaction. */
  public SignedIn register(String email, String displayName, String password) {
    AccountProfile user = accounts.register(email, displayName, password);
    IssuedSession session = sessions.open(new Caller(user.id(), Set.copyOf(user.roles())));
    return new SignedIn(user, session.token(), session.expiresAt());
  }

  /**
   * Checks the credentials through the container's identity store and opens a session, unless the
   * account needs a second factor: then the answer is 401 {@code second-factor-required} with a
   * challenge for {@link org.handmademarket.identity.totp.TwoStepSignIn}. Wrong passwords and
   * unknown emails get the same answer. Runs without a transaction: the throttling pause and the
   * password hashing must not hold a database connection.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SignedIn signIn(String email, String password, String clientAddress) {
    String account = EmailAddress.normalise(email);
    ThrottleVerdict verdict = throttling.judge(account, clientAddress);
    if (verdict.refused()) {
      // Whole seconds, rounded up: a client that waits exactly this long is not refused again.
      long seconds = verdict.retryAfter().plusNanos(999_999_999).toSeconds();
      throw new MarketplaceException(
          ProblemType.TOO_MANY_ATTEMPTS,
          "Too many failed sign-ins. Try again in " + seconds + " seconds.",
          Map.of("retryAfterSeconds", seconds),
          Duration.ofSeconds(seconds));
    }
    pause(verdict.delay());
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(account, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttling.recordFailure(account, clientAddress);
      LOG.fine(() -> "Failed sign-in from " + clientAddress);
      throw new MarketplaceException(
          ProblemType.INVALID_CREDENTIALS, "The email address or the password is wrong.", Map.of());
    }
    Caller caller = ((AccountPrincipal) result.getCallerPrincipal()).caller();
    // Before the failures are cleared: a known password must not reset the count of wrong codes.
    secondFactor.demandIfNeeded(caller);
    throttling.recordSuccess(account);
    IssuedSession session = sessions.open(caller);
    return new SignedIn(accounts.profile(caller.userId()), session.token(), session.expiresAt());
  }

  /** Ends the session of a token everywhere; an unknown or expired token is not an error. */
  public void signOut(String token) {
    sessions.revoke(token);
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
