package org.handmademarket.identity.accounts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.throttling.ClientAddress;
import org.handmademarket.identity.throttling.LoginThrottling;
import org.handmademarket.platform.errors.MarketplaceException;

/**
 * A signed-in person changes their password. The current password is required, so that a session
 * left open (or stolen) cannot take the account over, and its checks are throttled like sign-ins,
 * so that it is no way around the sign-in limits. Every other session ends and the owner gets a
 * "password changed" mail.
 */
@Stateless
public class PasswordChange {

  private static final Logger LOG = Logger.getLogger(PasswordChange.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject LoginThrottling throttling;
  @Inject PasswordHasher passwords;
  @Inject Accounts accounts;

  /**
   * Runs without a transaction, like sign-in: the throttling count commits on its own, and the two
   * slow hashes hold no database connection.
   *
   * @param sessionToken the caller's own session, which stays signed in
   * @throws MarketplaceException 401 anonymous; 400 {@code validation} on {@code currentPassword}
   *     when it is wrong, on {@code newPassword} when it is weak; 429 after too many wrong ones
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void change(
      String currentPassword, String newPassword, String sessionToken, String clientAddress) {
    long userId = currentUser.requireUserId();
    PasswordPolicy.problemWith(newPassword).ifPresent(problem -> refuse("newPassword", problem));
    UserAccount account = em.find(UserAccount.class, userId);
    String client = ClientAddress.groupOf(clientAddress);
    throttling.admit(account.email(), client).proceedOrRefuse("Too many wrong passwords.");
    if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
      LOG.warning(() -> "Wrong current password in a password change of account " + userId);
      refuse("currentPassword", "is not your current password");
    }
    throttling.recordSuccess(account.email(), client);
    accounts.replacePassword(userId, passwords.hash(newPassword), sessionToken);
  }

  private static void refuse(String field, String problem) {
    throw ValidationFailure.of(new TreeMap<>(Map.of(field, problem)));
  }
}
