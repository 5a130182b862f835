package org.handmademarket.notifications;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import org.handmademarket.platform.outbox.Backoff;
import org.handmademarket.platform.outbox.OutboxConsumer;
import org.handmademarket.platform.outbox.OutboxEventType;

/**
 * Consumes the outbox events {@link OutboxEventType} lists for {@link OutboxConsumer#ORDER_MAILS}
 * (written by checkout when a checkout is paid and when an order moves) by queueing the mails they
 * call for. Each event in a transaction of its own: the row is locked (skipping rows another
 * instance holds), its mails are queued, and it is marked consumed, all or nothing. A failure is
 * recorded in a further transaction with a later retry time.
 */
@Stateless
public class OrderEventConsumer {

  private static final String OURS = OutboxEventType.rowsFor(OutboxConsumer.ORDER_MAILS);

  /** Failures here are bugs or database trouble, not a mail server's: retry soon, then calmly. */
  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

  @PersistenceContext EntityManager em;

  @Inject OrderMails mails;

  /** The ids of up to {@code limit} due order events, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(int limit) {
    return em
        .createNativeQuery(
            "SELECT id FROM outbox WHERE processed_at IS NULL AND next_attempt_at <= now()"
                + " AND "
                + OURS
                + " ORDER BY next_attempt_at, id LIMIT ?1")
        .setParameter(1, limit)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  /**
   * Queues the event's mails and marks it consumed; returns false when another instance holds it or
   * consumed it already.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean consume(long eventId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT aggregate_id, event_type FROM outbox WHERE id = ?1 AND processed_at IS NULL"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, eventId)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object[] row = (Object[]) rows.get(0);
    long orderId = ((Number) row[0]).longValue();
    switch (OutboxEventType.named((String) row[1])) {
      case ORDER_PLACED -> mails.placed(orderId);
      case ORDER_SHIPPED -> mails.moved(orderId, "SHIPPED");
      case ORDER_DELIVERED -> mails.moved(orderId, "DELIVERED");
      case ORDER_CANCELLED -> mails.moved(orderId, "CANCELLED");
      case ORDER_REFUNDED -> mails.moved(orderId, "REFUNDED");
      default -> throw new IllegalStateException("Not an order event: " + row[1]);
    }
    em.createNativeQuery("UPDATE outbox SET processed_at = now(), last_error = NULL WHERE id = ?1")
        .setParameter(1, eventId)
        .executeUpdate();
    return true;
  }

  /** Records a failed attempt at the event and when to try again. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long eventId, String error) {
    List<?> attempts =
        em.createNativeQuery("SELECT attempts FROM outbox WHERE id = ?1")
            .setParameter(1, eventId)
            .getResultList();
    if (attempts.isEmpty()) {
      return;
    }
    Duration wait = BACKOFF.afterFailedAttempts(((Number) attempts.get(0)).intValue() + 1);
    em.createNativeQuery(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?1,"
                + " next_attempt_at = now() + ?2 * interval '1 millisecond' WHERE id = ?3")
        .setParameter(1, Deliveries.truncate(error))
        .setParameter(2, wait.toMillis())
        .setParameter(3, eventId)
        .executeUpdate();
  }
}
