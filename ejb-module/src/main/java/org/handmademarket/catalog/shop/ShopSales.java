package org.handmademarket.catalog.shop;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;
import org.handmademarket.catalog.CatalogEvents;

/**
 * A shop's sales count, the number of pieces it has sold, moved by checkout and by cancellations in
 * the caller's transaction ({@code MANDATORY}: a count changed apart from its order could drift).
 * Shops are updated in ascending id order, after the listings a checkout has locked, so two
 * checkouts touching the same shops cannot deadlock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ShopSales {

  @PersistenceContext EntityManager em;

  @Inject CatalogEvents events;

  /**
   * @param piecesByShop pieces sold, by shop id; each at least 1
   */
  public void sold(Map<Long, Integer> piecesByShop) {
    change(piecesByShop, 1);
  }

  /** Pieces of a cancelled or refunded order no longer count; the count never goes below 0. */
  public void unsold(Map<Long, Integer> piecesByShop) {
    change(piecesByShop, -1);
  }

  private void change(Map<Long, Integer> piecesByShop, int sign) {
    new TreeMap<>(piecesByShop)
        .forEach(
            (shopId, pieces) -> {
              em.createNativeQuery(
                      "UPDATE shops SET sales_count = GREATEST(sales_count + ?1, 0) WHERE id = ?2")
                  .setParameter(1, sign * pieces)
                  .setParameter(2, shopId)
                  .executeUpdate();
              events.shopChanged(shopId, "sales");
            });
  }
}
