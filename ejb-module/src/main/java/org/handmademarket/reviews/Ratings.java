package org.handmademarket.reviews;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.handmademarket.catalog.shop.ShopRatings;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Keeps a listing's and its shop's rating equal to what their visible reviews say, in the
 * transaction of the change ({@code MANDATORY}). Every change first {@link #lockShop locks the
 * shop}: changes to one shop's reviews then run one after the other, and each recomputation (a new
 * statement, so it sees everything committed before the lock was granted) counts them all. A
 * recomputation rather than an increment: hiding, restoring and editing stars all come out right
 * without their own arithmetic.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Ratings {

  @PersistenceContext EntityManager em;

  @Inject ShopRatings shops;

  public void lockShop(long shopId) {
    if (!shops.lock(shopId)) {
      throw new MarketplaceException(ProblemType.NOT_FOUND, "There is no shop " + shopId + ".");
    }
  }

  /** Recomputes the listing's and the shop's ratings after a change of one of their reviews. */
  public void recompute(long productId, long shopId) {
    em.flush();
    em.createNativeQuery(
            "INSERT INTO listing_ratings"
                + " (product_id, review_count, star_sum, stars_1, stars_2, stars_3, stars_4, stars_5)"
                + " SELECT ?1, count(*), coalesce(sum(stars), 0),"
                + " count(*) FILTER (WHERE stars = 1), count(*) FILTER (WHERE stars = 2),"
                + " count(*) FILTER (WHERE stars = 3), count(*) FILTER (WHERE stars = 4),"
                + " count(*) FILTER (WHERE stars = 5)"
                + " FROM reviews WHERE product_id = ?1 AND hidden_at IS NULL"
                + " ON CONFLICT (product_id) DO UPDATE SET review_count = EXCLUDED.review_count,"
                + " star_sum = EXCLUDED.star_sum, stars_1 = EXCLUDED.stars_1,"
                + " stars_2 = EXCLUDED.stars_2, stars_3 = EXCLUDED.stars_3,"
                + " stars_4 = EXCLUDED.stars_4, stars_5 = EXCLUDED.stars_5")
        .setParameter(1, productId)
        .executeUpdate();
    Object[] shop =
        (Object[])
            em.createNativeQuery(
                    "SELECT coalesce(sum(stars), 0), count(*) FROM reviews"
                        + " WHERE shop_id = ?1 AND hidden_at IS NULL")
                .setParameter(1, shopId)
                .getSingleResult();
    shops.rated(shopId, ((Number) shop[0]).longValue(), ((Number) shop[1]).longValue());
  }
}
