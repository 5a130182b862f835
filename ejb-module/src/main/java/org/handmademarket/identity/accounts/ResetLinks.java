package org.handmademarket.identity.accounts;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.handmademarket.identity.sessions.SessionTokens;
import org.handmademarket.identity.sessions.Sessions;
import org.handmademarket.identity.throttling.RequestCounts;

/**
 * Makes and mails the reset link of {@link PasswordReset}, on a thread of its own and in a
 * transaction of its own, after the request was answered: whether the address has an account must
 * not show in the answer's timing. An account gets at most {@link #PER_ACCOUNT_PER_HOUR} links an
 * hour; further requests mail nothing.
 */
@Stateless
public class ResetLinks {

  static final int PER_ACCOUNT_PER_HOUR = 3;

  private static final Logger LOG = Logger.getLogger(ResetLinks.class.getName());

  @PersistenceContext EntityManager em;

  @Inject AccountTokens tokens;
  @Inject RequestCounts requests;
  @Inject Event<AccountMail> mails;

  /**
   * @param email a normalised address ({@link EmailAddress#value()})
   */
  @Asynchronous
  public void mailIfRegistered(String email) {
    UserAccount account =
        em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
            .setParameter("email", email)
            .getResultStream()
            .findFirst()
            .filter(UserAccount::isActive)
            .orElse(null);
    if (account == null
        || requests.countWithinHour("reset-account:" + account.id()) > PER_ACCOUNT_PER_HOUR) {
      return;
    }
    String token = tokens.issue(account.id(), TokenPurpose.PASSWORD_RESET);
    mails.fire(
        new AccountMail(
            AccountMail.Kind.PASSWORD_RESET,
            account.id(),
            account.email(),
            account.displayName(),
            token,
            Sessions.now().plus(TokenPurpose.PASSWORD_RESET.lifetime()),
            SessionTokens.hash(token)));
    LOG.info(() -> "Password reset mailed to account " + account.id());
  }
}
