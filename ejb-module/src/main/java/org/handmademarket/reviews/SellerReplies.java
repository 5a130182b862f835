package org.handmademarket.reviews;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.handmademarket.catalog.seller.SellerAccess;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;
import org.handmademarket.reviews.ReviewReading.Audience;

/**
 * The owner of a shop reads its reviews and answers each one once, publicly; writing again edits
 * that answer. A review of another shop is 404, like one that does not exist.
 */
@Stateless
public class SellerReplies {

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject SellerAccess sellers;
  @Inject ReviewReading reading;

  /** The reviews of the caller's shop, newest first, hidden ones with the reason. */
  public Page<ReviewView> ofMyShop(PageRequest page) {
    return reading.page("r.shop_id = ?1", List.of(sellers.ownShopId()), page, Audience.SELLER);
  }

  /**
   * The shop's rating month by month over the last twelve months (months without reviews left out),
   * oldest first, for the rating-over-time chart.
   */
  public List<MonthlyRating> ratingByMonth() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT to_char(date_trunc('month', created_at), 'YYYY-MM'),"
                    + " round(avg(stars), 2), count(*) FROM reviews"
                    + " WHERE shop_id = ?1 AND hidden_at IS NULL"
                    + " AND created_at >= date_trunc('month', now()) - interval '11 months'"
                    + " GROUP BY 1 ORDER BY 1")
            .setParameter(1, sellers.ownShopId())
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new MonthlyRating(
                  YearMonth.parse((String) columns[0]),
                  new BigDecimal(columns[1].toString()),
                  ((Number) columns[2]).intValue());
            })
        .toList();
  }

  /**
   * The shop's answer to a review: written the first time, edited after.
   *
   * @throws MarketplaceException 400 for an empty or too long text or control characters, 403
   *     without a shop, 404 for another shop's review
   */
  public ReviewView reply(long reviewId, String text) {
    long sellerId = currentUser.requireUserId();
    String body = ReviewContent.checkedText("text", text, true);
    // The review's row lock puts two saves of the same first reply one after the other.
    Review review = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
    if (review == null || review.shopId() != sellers.ownShopId()) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "Your shop has no review " + reviewId + ".");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    ReviewReply reply = em.find(ReviewReply.class, reviewId);
    if (reply == null) {
      em.persist(new ReviewReply(reviewId, sellerId, body, now));
    } else {
      reply.edit(sellerId, body, now);
    }
    em.flush();
    return reading.one(reviewId, Audience.SELLER);
  }
}
