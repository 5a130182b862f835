package org.handmademarket.notifications;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * Queues rendered mails for the sender, in the transaction of whatever causes them. {@code
 * MANDATORY}: a mail queued outside that transaction could announce something that was rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailQueue {

  @PersistenceContext EntityManager em;

  /**
   * Queues a mail unless one with the same key is queued already; returns whether this call queued
   * it. The key names the event and the recipient's part in it, e.g. {@code
   * order.placed:17:seller}: consuming an event again therefore queues nothing new.
   */
  public boolean queue(String key, MailKind kind, Long userId, String recipient, MailContent mail) {
    return queueAfter(Duration.ZERO, key, kind, userId, recipient, mail);
  }

  /** {@link #queue}, with the mail due only once {@code delay} has passed. */
  public boolean queueAfter(
      Duration delay, String key, MailKind kind, Long userId, String recipient, MailContent mail) {
    return em.createNativeQuery(
                "INSERT INTO mail_deliveries (mail_key, kind, user_id, recipient, subject,"
                    + " body_text, body_html, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                    + " now() + ?8 * interval '1 second') ON CONFLICT (mail_key) DO NOTHING")
            .setParameter(1, key)
            .setParameter(2, kind.name())
            .setParameter(3, userId)
            .setParameter(4, recipient)
            .setParameter(5, mail.subject())
            .setParameter(6, mail.text())
            .setParameter(7, mail.html())
            .setParameter(8, delay.toSeconds())
            .executeUpdate()
        == 1;
  }
}
