package org.handmademarket.catalog.shop;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.handmademarket.catalog.CatalogEvents;

/**
 * A shop's rating and rating count, which the reviews feature computes from the shop's visible
 * reviews and writes here in the review's transaction ({@code MANDATORY}). {@link #lock} first: the
 * shop row's lock puts all rating changes of one shop in a line, so that each recomputation sees
 * the reviews committed before it and concurrent reviews cannot overwrite each other's count.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ShopRatings {

  @PersistenceContext EntityManager em;

  @Inject CatalogEvents events;

  /** Locks the shop's row until the transaction ends. @return false when there is no such shop */
  public boolean lock(long shopId) {
    return !em.createNativeQuery("SELECT id FROM shops WHERE id = ?1 FOR NO KEY UPDATE")
        .setParameter(1, shopId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Records the shop's rating, announcing it to search (its listings carry the shop's rating).
   *
   * @param starSum the sum of the stars of its visible reviews
   * @param count how many visible reviews it has
   */
  public void rated(long shopId, long starSum, long count) {
    BigDecimal average =
        count == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(starSum)
                .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    em.createNativeQuery(
            "UPDATE shops SET rating = ?1, rating_count = ?2, updated_at = now() WHERE id = ?3")
        .setParameter(1, average)
        .setParameter(2, count)
        .setParameter(3, shopId)
        .executeUpdate();
    events.shopChanged(shopId, "rating");
  }
}
