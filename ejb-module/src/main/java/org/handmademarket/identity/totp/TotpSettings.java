package org.handmademarket.identity.totp;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.accounts.AccountProfile;
import org.handmademarket.identity.accounts.Accounts;
import org.handmademarket.identity.throttling.ClientAddress;
import org.handmademarket.identity.throttling.LoginThrottling;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * The signed-in account's own second factor: see it, set it up (again), switch it off. Replacing or
 * removing one that is in force needs the password or a current code, so that a stolen session
 * cannot take the account over; those proofs are throttled like sign-ins.
 */
@Stateless
public class TotpSettings {

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;
  @Inject TotpCredentials credentials;
  @Inject LoginThrottling throttling;
  @Inject IdentityStoreHandler identityStores;

  public TotpStatus status() {
    long userId = currentUser.requireUserId();
    boolean enrolled = credentials.isEnrolled(userId);
    return new TotpStatus(
        enrolled,
        SecondFactor.isRequiredFor(Set.copyOf(accounts.profile(userId).roles())),
        enrolled ? credentials.recoveryCodesLeft(userId) : 0);
  }

  /** A new secret; when one is in force already, the password or a current code must come too. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TotpEnrolment startEnrolment(Proof proof, String clientAddress) {
    long userId = currentUser.requireUserId();
    AccountProfile profile = accounts.profile(userId);
    if (credentials.isEnrolled(userId)) {
      requireOwner(profile, proof, clientAddress);
    }
    return TotpEnrolment.of(profile.email(), credentials.startEnrolment(userId));
  }

  /**
   * Puts the pending secret in force with its first code.
   *
   * @return the new recovery codes, shown once
   */
  public List<String> confirmEnrolment(String code) {
    long userId = currentUser.requireUserId();
    return credentials
        .confirmEnrolment(userId, code, Instant.now())
        .orElseThrow(InvalidCode::exception);
  }

  /** Switches the second factor off; staff may only enrol again, never go without. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void disable(Proof proof, String clientAddress) {
    long userId = currentUser.requireUserId();
    AccountProfile profile = accounts.profile(userId);
    if (SecondFactor.isRequiredFor(Set.copyOf(profile.roles()))) {
      throw new MarketplaceException(
          ProblemType.FORBIDDEN,
          "Staff accounts must keep a second factor; set up a new authenticator app instead.",
          Map.of());
    }
    if (!credentials.isEnrolled(userId)) {
      return;
    }
    requireOwner(profile, proof, clientAddress);
    credentials.remove(userId);
  }

  private void requireOwner(AccountProfile profile, Proof proof, String clientAddress) {
    String account = profile.email();
    String client = ClientAddress.groupOf(clientAddress);
    if (throttling.admit(account, client).refused()) {
      throw new MarketplaceException(
          ProblemType.TOO_MANY_ATTEMPTS, "Too many failed attempts. Try again later.", Map.of());
    }
    boolean proven =
        proof.password() != null
            ? identityStores
                    .validate(new UsernamePasswordCredential(account, proof.password()))
                    .getStatus()
                == CredentialValidationResult.Status.VALID
            : proof.code() != null
                && credentials.useCode(profile.id(), proof.code(), Instant.now());
    if (!proven) {
      throw new MarketplaceException(
          ProblemType.INVALID_CREDENTIALS,
          "Confirm with your password or a current code of your authenticator app.",
          Map.of());
    }
    throttling.recordSuccess(account, client);
  }

  /** What proves the owner is at the keyboard: the password or a code (either may be null). */
  public record Proof(String password, String code) {

    @Override
    public String toString() {
      return "Proof[<hidden>]";
    }
  }
}
