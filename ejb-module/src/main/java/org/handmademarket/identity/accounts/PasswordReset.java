package org.handmademarket.identity.accounts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.handmademarket.identity.throttling.ClientAddress;
import org.handmademarket.identity.throttling.RequestCounts;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * "Forgot password?": a single-use link by mail, valid 30 minutes, that sets a new password and
 * ends every session of the account. The request is answered the same way whether or not the
 * address has an account, and before anything depends on whether it has: the account is looked up
 * and the link made on another thread ({@link ResetLinks}), so neither the answer nor its timing
 * tells which addresses are registered.
 *
 * <p>Limits: an address asking for more than {@link #PER_CLIENT_PER_HOUR} resets an hour is refused
 * (429, whatever the accounts); an account gets at most {@link #PER_ACCOUNT_PER_HOUR} mails an
 * hour, further requests are answered as usual and mail nothing.
 */
@Stateless
public class PasswordReset {

  static final int PER_CLIENT_PER_HOUR = 10;

  private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());
  private static final Duration WINDOW = RequestCounts.HOUR;

  @Inject AccountTokens tokens;
  @Inject ResetLinks links;
  @Inject RequestCounts requests;
  @Inject PasswordHasher passwords;
  @Inject Accounts accounts;

  /**
   * Mails a reset link to the account with this address, if there is one and it may sign in, after
   * answering.
   *
   * @throws MarketplaceException 400 for something that is no email address; 429 when this client
   *     asked too often
   */
  public void request(String email, String clientAddress) {
    EmailAddress address;
    try {
      address = EmailAddress.of(email);
    } catch (IllegalArgumentException e) {
      throw ValidationFailure.of(new TreeMap<>(Map.of("email", "must be an email address")));
    }
    if (requests.countWithinHour("reset-address:" + ClientAddress.groupOf(clientAddress))
        > PER_CLIENT_PER_HOUR) {
      throw new MarketplaceException(
          ProblemType.TOO_MANY_ATTEMPTS,
          "Too many password resets asked for from here. Try again in an hour.",
          Map.<String, Object>of("retryAfterSeconds", WINDOW.toSeconds()),
          WINDOW);
    }
    links.mailIfRegistered(address.value());
  }

  /**
   * Sets the new password of the token's account, uses the token up (and any other reset link of
   * the account), and ends all its sessions: whoever knew the old password is signed out.
   *
   * @throws MarketplaceException 400 {@code validation} for a weak password (the token stays
   *     usable); 400 {@code invalid-token} for an unknown, used or expired token
   */
  public void complete(String token, String newPassword) {
    PasswordPolicy.problemWith(newPassword)
        .ifPresent(
            problem -> {
              throw ValidationFailure.of(new TreeMap<>(Map.of("password", problem)));
            });
    String hash = passwords.hash(newPassword);
    long userId = tokens.redeem(token, TokenPurpose.PASSWORD_RESET);
    tokens.revokeAll(userId, TokenPurpose.PASSWORD_RESET);
    accounts.replacePassword(userId, hash, null);
    LOG.info(() -> "Password of account " + userId + " was reset; its sessions ended");
  }
}
