package org.handmademarket.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Writes audit entries. {@code MANDATORY}: an entry outside the action's transaction could record
 * an action that was rolled back, or miss one that was committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

  @PersistenceContext EntityManager em;

  /**
   * Records an action.
   *
   * @param actorId the signed-in account that did it
   * @param action e.g. {@code shop.suspended}
   * @param targetType e.g. {@code SHOP}
   * @param reason why, in the actor's words (may be empty)
   * @param details what else is worth keeping, e.g. the status before
   */
  public void record(
      long actorId,
      String action,
      String targetType,
      long targetId,
      String reason,
      JsonObject details) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(targetType, "targetType");
    em.createNativeQuery(
            "INSERT INTO audit_log (actor_id, action, target_type, target_id, reason, details)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb))")
        .setParameter(1, actorId)
        .setParameter(2, action)
        .setParameter(3, targetType)
        .setParameter(4, targetId)
        .setParameter(5, reason == null ? "" : reason.strip())
        .setParameter(6, (details == null ? JsonValue.EMPTY_JSON_OBJECT : details).toString())
        .executeUpdate();
    // Also in the server log, which operators keep and ship: who did what to which record.
    LOG.info(
        () ->
            "Staff action "
                + action
                + " by account "
                + actorId
                + " on "
                + targetType
                + " "
                + targetId);
  }
}
