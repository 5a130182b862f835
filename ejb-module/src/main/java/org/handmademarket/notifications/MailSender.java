package org.handmademarket.notifications;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.handmademarket.platform.persistence.Timestamps;

/**
 * The sender's steps around one SMTP conversation, each committed on its own:
 *
 * <ol>
 *   <li>{@link #claimNext()} marks the next due mail {@code SENDING} and commits, before any byte
 *       goes to the SMTP server;
 *   <li>the caller hands it to {@link Mailer};
 *   <li>{@link #sent} or {@link #failed} records the outcome.
 * </ol>
 *
 * A crash after the server accepted the mail and before step 3 committed leaves the mail {@code
 * SENDING}, and nothing sends a {@code SENDING} mail again by itself: the buyer never gets it
 * twice. The price is that a crash during step 2 may lose a mail; support sees such mails as
 * uncertain ({@link MailDeliveries#troubled}) and may send them again, with the same Message-ID.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailSender {

  @PersistenceContext EntityManager em;

  @Inject MailSettings settings;

  /** Claims the next due mail; empty when none is due or others hold all due ones. */
  public Optional<Claimed> claimNext() {
    List<?> rows =
        em.createNativeQuery(
                "WITH claimed AS (UPDATE mail_deliveries SET status = 'SENDING',"
                    + " attempts = attempts + 1,"
                    + " claimed_at = now() WHERE id = (SELECT id FROM mail_deliveries"
                    + " WHERE status = 'PENDING' AND next_attempt_at <= now()"
                    + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING id, mail_key, recipient, subject, body_text, body_html,"
                    + " attempts, created_at) SELECT * FROM claimed")
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new Claimed(
            new QueuedMail(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5]),
            ((Number) row[6]).intValue(),
            Timestamps.of(row[7])));
  }

  public void sent(long mailId) {
    em.createNativeQuery(
            "UPDATE mail_deliveries SET status = 'SENT', sent_at = now(), last_error = NULL"
                + " WHERE id = ?1 AND status = 'SENDING'")
        .setParameter(1, mailId)
        .executeUpdate();
  }

  /**
   * The SMTP server was unreachable or refused the mail: it waits for another attempt, or is a dead
   * letter after {@link MailSettings#maxAttempts()}. Returns whether it is dead now.
   */
  public boolean failed(Claimed claimed, String error) {
    boolean dead = claimed.attempts() >= settings.maxAttempts();
    Duration wait = settings.backoff().afterFailedAttempts(claimed.attempts());
    em.createNativeQuery(
            "UPDATE mail_deliveries SET status = ?1, last_error = ?2,"
                + " next_attempt_at = now() + ?3 * interval '1 millisecond'"
                + " WHERE id = ?4 AND status = 'SENDING'")
        .setParameter(1, dead ? "DEAD" : "PENDING")
        .setParameter(2, Deliveries.truncate(error))
        .setParameter(3, wait.toMillis())
        .setParameter(4, claimed.mail().id())
        .executeUpdate();
    return dead;
  }

  /** A mail claimed for sending, with the attempt this is and when it was queued. */
  public record Claimed(QueuedMail mail, int attempts, OffsetDateTime queuedAt) {}
}
