package org.handmademarket.catalog.storefront;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalInt;

/**
 * The favorite counts the catalogue keeps on its listings and shops, for the favorites feature: it
 * decides when a count moves, the catalogue owns the rows. A change is one atomic SQL increment in
 * the caller's transaction, never below zero.
 */
@Stateless
public class FavoriteCounts {

  @PersistenceContext EntityManager em;

  /** A listing's count, if shoppers can see the listing. */
  public OptionalInt ofVisibleListing(long productId) {
    return first(
        "SELECT favorite_count FROM catalog_listings WHERE id = ?1 AND visible_to_shoppers",
        productId);
  }

  /** A shop's count, if shoppers can see the shop. */
  public OptionalInt ofVisibleShop(long shopId) {
    return first(
        "SELECT favorite_count FROM catalog_shops WHERE id = ?1 AND visible_to_shoppers", shopId);
  }

  public int ofListing(long productId) {
    return first("SELECT favorite_count FROM products WHERE id = ?1", productId).orElseThrow();
  }

  public int ofShop(long shopId) {
    return first("SELECT favorite_count FROM shops WHERE id = ?1", shopId).orElseThrow();
  }

  public void changeListing(long productId, int by) {
    change("UPDATE products", productId, by);
  }

  public void changeShop(long shopId, int by) {
    change("UPDATE shops", shopId, by);
  }

  private void change(String update, long id, int by) {
    em.createNativeQuery(
            update + " SET favorite_count = GREATEST(favorite_count + ?2, 0) WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, by)
        .executeUpdate();
  }

  private OptionalInt first(String sql, long id) {
    List<?> counts = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    return counts.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(((Number) counts.get(0)).intValue());
  }
}
