package org.handmademarket.checkout.placing;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.handmademarket.platform.persistence.Timestamps;

/**
 * The rows of {@code checkout_sessions}: a buyer's visits to checkout, what they were quoted and
 * until when their items are held, in the caller's transaction. At most one is open per buyer (a
 * unique index says so).
 */
@Dependent
public class CheckoutSessions {

  /** An open visit: quoted {@code quote}, items held until {@code expiresAt}. */
  record Open(long id, CheckoutQuote quote, OffsetDateTime expiresAt) {}

  @PersistenceContext EntityManager em;

  /** The buyer's open visit whose hold still runs; an expired one is closed on the way. */
  Optional<Open> open(long buyerId) {
    em.createNativeQuery(
            "UPDATE checkout_sessions SET ended_at = now()"
                + " WHERE user_id = ?1 AND ended_at IS NULL AND expires_at <= now()")
        .setParameter(1, buyerId)
        .executeUpdate();
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, country, CAST(quote AS text), expires_at FROM checkout_sessions"
                    + " WHERE user_id = ?1 AND ended_at IS NULL")
            .setParameter(1, buyerId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    String country = row[1] == null ? null : ((String) row[1]).trim();
    return Optional.of(
        new Open(
            ((Number) row[0]).longValue(),
            CheckoutQuote.fromJson(country, (String) row[2]),
            Timestamps.of(row[3])));
  }

  /** How many visits the buyer started since {@code since}, and the first of them. */
  List<OffsetDateTime> startedSince(long buyerId, OffsetDateTime since) {
    return em
        .createNativeQuery(
            "SELECT started_at FROM checkout_sessions WHERE user_id = ?1 AND started_at > ?2"
                + " ORDER BY started_at")
        .setParameter(1, buyerId)
        .setParameter(2, since)
        .getResultList()
        .stream()
        .map(Timestamps::of)
        .toList();
  }

  /**
   * Serialises the buyer's hold starts until the transaction ends: two at once (a double click, two
   * tabs) would otherwise both find no open visit and both open one.
   */
  void lockBuyer(long buyerId) {
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(hashtextextended('checkout-hold:' || ?1, 0))")
        .setParameter(1, buyerId)
        .getSingleResult();
  }

  void start(long buyerId, CheckoutQuote quote, OffsetDateTime expiresAt) {
    em.createNativeQuery(
            "INSERT INTO checkout_sessions (user_id, country, quote, expires_at)"
                + " VALUES (?1, ?2, CAST(?3 AS jsonb), ?4)")
        .setParameter(1, buyerId)
        .setParameter(2, quote.country())
        .setParameter(3, quote.toJson())
        .setParameter(4, expiresAt)
        .executeUpdate();
  }

  void requote(long sessionId, CheckoutQuote quote) {
    em.createNativeQuery(
            "UPDATE checkout_sessions SET country = ?2, quote = CAST(?3 AS jsonb) WHERE id = ?1")
        .setParameter(1, sessionId)
        .setParameter(2, quote.country())
        .setParameter(3, quote.toJson())
        .executeUpdate();
  }

  /** Closes the buyer's open visit, if any (they paid, or left). */
  void end(long buyerId) {
    em.createNativeQuery(
            "UPDATE checkout_sessions SET ended_at = now() WHERE user_id = ?1 AND ended_at IS NULL")
        .setParameter(1, buyerId)
        .executeUpdate();
  }

  /**
   * Deletes visits that ended (or expired) more than a day ago: the hourly allowance looks back one
   * hour, and a totals check compares with an open visit only.
   */
  int purgeOld() {
    return em.createNativeQuery(
            "DELETE FROM checkout_sessions WHERE coalesce(ended_at, expires_at) < now() - interval '1 day'")
        .executeUpdate();
  }
}
