package org.handmademarket.checkout;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/** The shop a seller owns, read with SQL: the catalogue's entities are not checkout's to use. */
final class SellerShops {

  private SellerShops() {}

  /**
   * @throws MarketplaceException 403 for an account without a shop
   */
  static long idOf(EntityManager em, long userId) {
    List<?> shops =
        em.createNativeQuery("SELECT id FROM shops WHERE owner_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    if (shops.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.FORBIDDEN, "Open a shop first: only sellers have shop orders.");
    }
    return ((Number) shops.get(0)).longValue();
  }
}
