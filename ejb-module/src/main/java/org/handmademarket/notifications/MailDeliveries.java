package org.handmademarket.notifications;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.audit.AuditLog;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.persistence.Timestamps;

/**
 * Support's view of mail delivery: the mails in trouble (dead letters, and mails claimed for
 * sending so long ago that the sending instance must have died) and sending one of them again.
 */
@Stateless
public class MailDeliveries {

  /** A claim older than this without an outcome means the sender died: far longer than a send. */
  static final int UNCERTAIN_AFTER_MINUTES = 10;

  private static final String COLUMNS =
      "id, kind, recipient, subject, status, attempts, last_error, created_at, sent_at,"
          + " (status = 'SENDING' AND claimed_at < now() - interval '"
          + UNCERTAIN_AFTER_MINUTES
          + " minutes')";

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject AuditLog auditLog;

  /** Dead letters and uncertain sends, newest first (at most 200). */
  public List<MailDeliveryView> troubled() {
    currentUser.requireAnyRole(Role.SUPPORT, Role.ADMIN);
    return views(
        "SELECT "
            + COLUMNS
            + " FROM mail_deliveries WHERE status = 'DEAD' OR (status = 'SENDING' AND claimed_at"
            + " < now() - interval '"
            + UNCERTAIN_AFTER_MINUTES
            + " minutes') ORDER BY created_at DESC, id DESC LIMIT 200");
  }

  /** The latest mails of every kind, newest first: the mail log. */
  public List<MailDeliveryView> recent(int limit) {
    currentUser.requireAnyRole(Role.SUPPORT, Role.ADMIN);
    return views(
        "SELECT "
            + COLUMNS
            + " FROM mail_deliveries ORDER BY created_at DESC, id DESC LIMIT "
            + Math.max(1, Math.min(limit, 200)));
  }

  /**
   * Queues a dead or uncertain mail again with fresh attempts; the sender takes it within a poll.
   * Audited, since an uncertain mail may then arrive twice (with the same Message-ID).
   *
   * @throws MarketplaceException 404 for no such mail, 409 for one that is neither dead nor
   *     uncertain
   */
  public void sendAgain(long mailId) {
    long agentId = currentUser.requireAnyRole(Role.SUPPORT, Role.ADMIN);
    List<?> found =
        em.createNativeQuery("SELECT status FROM mail_deliveries WHERE id = ?1 FOR UPDATE")
            .setParameter(1, mailId)
            .getResultList();
    if (found.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "There is no mail " + mailId + ".", Map.of());
    }
    int queued =
        em.createNativeQuery(
                "UPDATE mail_deliveries SET status = 'PENDING', attempts = 0, next_attempt_at ="
                    + " now() WHERE id = ?1 AND (status = 'DEAD' OR (status = 'SENDING' AND"
                    + " claimed_at < now() - interval '"
                    + UNCERTAIN_AFTER_MINUTES
                    + " minutes'))")
            .setParameter(1, mailId)
            .executeUpdate();
    if (queued == 0) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "Mail "
              + mailId
              + " is "
              + found.get(0)
              + ": only dead or uncertain mails are sent again.",
          Map.<String, Object>of("status", found.get(0)));
    }
    auditLog.record(
        agentId,
        "mail.resent",
        "MAIL",
        mailId,
        "",
        JSON.createObjectBuilder().add("status", (String) found.get(0)).build());
  }

  private List<MailDeliveryView> views(String query) {
    return em.createNativeQuery(query).getResultList().stream()
        .map(
            each -> {
              Object[] row = (Object[]) each;
              return new MailDeliveryView(
                  ((Number) row[0]).longValue(),
                  (String) row[1],
                  (String) row[2],
                  (String) row[3],
                  (String) row[4],
                  ((Number) row[5]).intValue(),
                  (String) row[6],
                  Timestamps.of(row[7]),
                  row[8] == null ? null : Timestamps.of(row[8]),
                  Boolean.TRUE.equals(row[9]));
            })
        .toList();
  }
}
