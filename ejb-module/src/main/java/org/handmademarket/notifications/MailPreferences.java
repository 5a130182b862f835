package org.handmademarket.notifications;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * The mails a shopper may turn off. Order, shipping and account mails are part of buying and are
 * always sent; an invitation to review is not. Callers pass the signed-in account's id.
 */
@Stateless
public class MailPreferences {

  private static final Logger LOG = Logger.getLogger(MailPreferences.class.getName());

  @PersistenceContext EntityManager em;

  /** The account's choices; the defaults (everything on) until it saved its own. */
  public MailChoices of(long userId) {
    List<?> rows =
        em.createNativeQuery("SELECT review_invitations FROM mail_preferences WHERE user_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    return rows.isEmpty() ? MailChoices.DEFAULTS : new MailChoices((Boolean) rows.get(0));
  }

  /**
   * Saves the account's choices. A kind turned off withholds the mails of that kind still waiting
   * to go: the shopper asked for no more, whenever they were queued.
   */
  public MailChoices save(long userId, MailChoices choices) {
    em.createNativeQuery(
            "INSERT INTO mail_preferences (user_id, review_invitations) VALUES (?1, ?2)"
                + " ON CONFLICT (user_id) DO UPDATE SET review_invitations = EXCLUDED.review_invitations,"
                + " updated_at = now()")
        .setParameter(1, userId)
        .setParameter(2, choices.reviewInvitations())
        .executeUpdate();
    if (!choices.reviewInvitations()) {
      int withheld =
          em.createNativeQuery(
                  "UPDATE mail_deliveries SET status = 'WITHHELD' WHERE user_id = ?1 AND kind = ?2"
                      + " AND status = 'PENDING'")
              .setParameter(1, userId)
              .setParameter(2, MailKind.BUYER_REVIEW_INVITATION.name())
              .executeUpdate();
      LOG.fine(() -> "Account " + userId + " turned off review invitations; withheld " + withheld);
    }
    return choices;
  }
}
