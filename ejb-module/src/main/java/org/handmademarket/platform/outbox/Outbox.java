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
 * Writes outbox rows. {@code MANDATORY}: an announcement outside the transaction of the change
 * could outlive a rolled-back change or be lost after a committed one, which is what the outbox
 * exists to prevent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

  @PersistenceContext EntityManager em;

  /** Announces a change of the aggregate, without further data. */
  public void record(String aggregateType, long aggregateId, String eventType) {
    record(aggregateType, aggregateId, eventType, JsonValue.EMPTY_JSON_OBJECT);
  }

  /**
   * Announces a change of the aggregate.
   *
   * @param aggregateType e.g. {@code PRODUCT}
   * @param eventType e.g. {@code product.changed}
   * @param payload what a consumer may want without reading the aggregate back
   */
  public void record(String aggregateType, long aggregateId, String eventType, JsonObject payload) {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(eventType, "eventType");
    em.createNativeQuery(
            "INSERT INTO outbox (aggregate_type, aggregate_id, event_type, payload)"
                + " VALUES (?1, ?2, ?3, CAST(?4 AS jsonb))")
        .setParameter(1, aggregateType)
        .setParameter(2, aggregateId)
        .setParameter(3, eventType)
        .setParameter(4, (payload == null ? JsonValue.EMPTY_JSON_OBJECT : payload).toString())
        .executeUpdate();
  }
}
