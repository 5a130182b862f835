package org.handmademarket.platform.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;

/**
 * Writes outbox rows, of the types {@link OutboxEventType} declares only. {@code MANDATORY}: an
 * announcement outside the transaction of the change could outlive a rolled-back change or be lost
 * after a committed one, which is what the outbox exists to prevent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

  @PersistenceContext EntityManager em;

  /** Announces a change of the event type's aggregate, without further data. */
  public void record(OutboxEventType type, long aggregateId) {
    record(type, aggregateId, JsonValue.EMPTY_JSON_OBJECT);
  }

  /**
   * Announces a change of the event type's aggregate.
   *
   * @param payload what happened, for people reading the table (consumers read the aggregate back)
   */
  public void record(OutboxEventType type, long aggregateId, JsonObject payload) {
    Objects.requireNonNull(type, "type");
    em.createNativeQuery(
            "INSERT INTO outbox (aggregate_type, aggregate_id, event_type, payload)"
                + " VALUES (?1, ?2, ?3, CAST(?4 AS jsonb))")
        .setParameter(1, type.aggregate().name())
        .setParameter(2, aggregateId)
        .setParameter(3, type.eventName())
        .setParameter(4, (payload == null ? JsonValue.EMPTY_JSON_OBJECT : payload).toString())
        .executeUpdate();
  }
}
