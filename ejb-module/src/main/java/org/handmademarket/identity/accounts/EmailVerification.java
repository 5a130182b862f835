package org.handmademarket.identity.accounts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import org.handmademarket.identity.sessions.SessionTokens;
import org.handmademarket.identity.sessions.Sessions;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Proves that an account's owner reads mail at its address: a link mailed at registration (valid
 * two days, once), and again on request, at most {@link #RESENDS_PER_HOUR} times an hour.
 */
@Stateless
public class EmailVerification {

  static final int RESENDS_PER_HOUR = 3;

  private static final Logger LOG = Logger.getLogger(EmailVerification.class.getName());

  @PersistenceContext EntityManager em;

  @Inject AccountTokens tokens;
  @Inject Event<AccountMail> mails;

  /** Mails a verification link to a new account, in the registration's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void sendFirstLink(long userId) {
    send(require(userId));
  }

  /**
   * Mails a new link to the caller's address.
   *
   * @throws MarketplaceException 409 when the address is confirmed already; 429 after {@link
   *     #RESENDS_PER_HOUR} links within the hour
   */
  public void resend(long userId) {
    UserAccount account = require(userId);
    if (account.isEmailVerified()) {
      throw new MarketplaceException(
          ProblemType.CONFLICT, "Your email address is confirmed already.", Map.of());
    }
    if (tokens.issuedWithin(userId, TokenPurpose.EMAIL_VERIFICATION, Duration.ofHours(1))
        >= RESENDS_PER_HOUR) {
      throw new MarketplaceException(
          ProblemType.TOO_MANY_ATTEMPTS,
          "We sent you several links within the hour already. Look for them, or try again later.",
          Map.<String, Object>of("retryAfterSeconds", 3600L),
          Duration.ofHours(1));
    }
    send(account);
  }

  /**
   * Confirms the address of the token's account.
   *
   * @throws MarketplaceException 400 {@code invalid-token} for an unknown, used or expired token
   */
  public void confirm(String token) {
    long userId = tokens.redeem(token, TokenPurpose.EMAIL_VERIFICATION);
    if (require(userId).verifyEmail(Sessions.now())) {
      LOG.info(() -> "Account " + userId + " confirmed its email address");
    }
  }

  /** Whether the account confirmed its address (accounts older than verification count as such). */
  public boolean isVerified(long userId) {
    return require(userId).isEmailVerified();
  }

  private void send(UserAccount account) {
    String token = tokens.issue(account.id(), TokenPurpose.EMAIL_VERIFICATION);
    mails.fire(
        new AccountMail(
            AccountMail.Kind.VERIFY_EMAIL,
            account.id(),
            account.email(),
            account.displayName(),
            token,
            Sessions.now().plus(TokenPurpose.EMAIL_VERIFICATION.lifetime()),
            SessionTokens.hash(token)));
  }

  private UserAccount require(long userId) {
    UserAccount account = em.find(UserAccount.class, userId);
    if (account == null) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "There is no account " + userId + ".", Map.of());
    }
    return account;
  }
}
