package org.handmademarket.inventory;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.handmademarket.platform.persistence.SqlArrays;
import org.handmademarket.platform.persistence.Timestamps;

/**
 * The rows of {@code stock_holds}: pieces taken out of a listing's quantity for one buyer until a
 * moment, in its caller's transaction. Only {@link Inventory} calls this, always after it locked
 * the listings' rows, so a hold and the quantity it came from change together.
 */
@Dependent
public class StockHolds {

  @PersistenceContext EntityManager em;

  /** The listings the buyer holds pieces of (read without locks: the caller locks them next). */
  Set<Long> heldBy(long buyerId) {
    List<?> rows =
        em.createNativeQuery("SELECT product_id FROM stock_holds WHERE user_id = ?1")
            .setParameter(1, buyerId)
            .getResultList();
    Set<Long> ids = new TreeSet<>();
    rows.forEach(id -> ids.add(((Number) id).longValue()));
    return ids;
  }

  /**
   * What ending holds on some listings left: the pieces that go back to each listing, and what
   * other buyers still hold of them.
   */
  record Ended(Map<Long, Integer> returned, Map<Long, HeldStock> othersHolding) {}

  /**
   * Ends the buyer's holds and every expired hold on these listings, and reads what other buyers
   * still hold of them, in one statement (checkout runs it under the hot listing's row lock). The
   * read sees the rows as they were before the delete, but the two sets cannot meet: what is
   * deleted is the buyer's or expired, what is read is neither.
   */
  Ended endOwnAndExpired(long buyerId, Collection<Long> productIds) {
    return givenBackAndHeld(
        "WITH ended AS (DELETE FROM stock_holds WHERE product_id = ANY(CAST(?1 AS bigint[]))"
            + " AND (user_id = ?2 OR expires_at <= now()) RETURNING product_id, quantity)"
            + " SELECT product_id, CAST(quantity AS bigint), CAST(NULL AS timestamptz)"
            + " FROM ended",
        buyerId,
        productIds);
  }

  /**
   * What {@link #endOwnAndExpired} would give back and leave held, read without ending anything or
   * waiting for a lock.
   */
  Ended ownAndExpired(long buyerId, Collection<Long> productIds) {
    return givenBackAndHeld(
        "SELECT product_id, SUM(quantity), CAST(NULL AS timestamptz) FROM stock_holds"
            + " WHERE product_id = ANY(CAST(?1 AS bigint[]))"
            + " AND (user_id = ?2 OR expires_at <= now()) GROUP BY product_id",
        buyerId,
        productIds);
  }

  /**
   * {@code givenBack} (listings ?1, buyer ?2: rows of listing, pieces, null) with what other buyers
   * still hold of the listings.
   */
  private Ended givenBackAndHeld(String givenBack, long buyerId, Collection<Long> productIds) {
    String ids = SqlArrays.bigints(productIds);
    return ended(
        em.createNativeQuery(
                givenBack
                    + " UNION ALL SELECT product_id, SUM(quantity), MIN(expires_at) FROM stock_holds"
                    + " WHERE product_id = ANY(CAST(?3 AS bigint[])) AND expires_at > now()"
                    + " AND user_id <> ?4 GROUP BY product_id")
            .setParameter(1, ids)
            .setParameter(2, buyerId)
            .setParameter(3, ids)
            .setParameter(4, buyerId)
            .getResultList());
  }

  /** Rows of (listing, pieces, null) given back and (listing, pieces, earliest end) still held. */
  private static Ended ended(List<?> rows) {
    Map<Long, Integer> returned = new HashMap<>();
    Map<Long, HeldStock> othersHolding = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      long productId = ((Number) columns[0]).longValue();
      int pieces = ((Number) columns[1]).intValue();
      if (columns[2] == null) {
        returned.merge(productId, pieces, Integer::sum);
      } else {
        othersHolding.put(productId, new HeldStock(pieces, Timestamps.of(columns[2])));
      }
    }
    return new Ended(returned, othersHolding);
  }

  /** Ends the expired holds on these listings. */
  Map<Long, Integer> endExpired(Collection<Long> productIds) {
    return returned(
        em.createNativeQuery(
                "DELETE FROM stock_holds WHERE product_id = ANY(CAST(?1 AS bigint[]))"
                    + " AND expires_at <= now() RETURNING product_id, quantity")
            .setParameter(1, SqlArrays.bigints(productIds))
            .getResultList());
  }

  /** Listings with expired holds, at most {@code limit} of them. */
  Set<Long> withExpiredHolds(int limit) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT DISTINCT product_id FROM stock_holds WHERE expires_at <= now() LIMIT ?1")
            .setParameter(1, limit)
            .getResultList();
    Set<Long> ids = new TreeSet<>();
    rows.forEach(id -> ids.add(((Number) id).longValue()));
    return ids;
  }

  void hold(long buyerId, Map<Long, Integer> quantities, OffsetDateTime until) {
    quantities.forEach(
        (productId, quantity) ->
            em.createNativeQuery(
                    "INSERT INTO stock_holds (user_id, product_id, quantity, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, buyerId)
                .setParameter(2, productId)
                .setParameter(3, quantity)
                .setParameter(4, until)
                .executeUpdate());
  }

  /** What is held of these listings by holds still running, excluding {@code exceptBuyerId}'s. */
  Map<Long, HeldStock> active(Collection<Long> productIds, long exceptBuyerId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT product_id, SUM(quantity), MIN(expires_at) FROM stock_holds"
                    + " WHERE product_id = ANY(CAST(?1 AS bigint[])) AND expires_at > now()"
                    + " AND user_id <> ?2 GROUP BY product_id")
            .setParameter(1, SqlArrays.bigints(productIds))
            .setParameter(2, exceptBuyerId)
            .getResultList();
    Map<Long, HeldStock> held = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      held.put(
          ((Number) columns[0]).longValue(),
          new HeldStock(((Number) columns[1]).intValue(), Timestamps.of(columns[2])));
    }
    return held;
  }

  private static Map<Long, Integer> returned(List<?> rows) {
    Map<Long, Integer> back = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      back.merge(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue(), Integer::sum);
    }
    return back;
  }
}
