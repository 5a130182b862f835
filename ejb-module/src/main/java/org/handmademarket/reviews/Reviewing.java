package org.handmademarket.reviews;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.handmademarket.catalog.image.ImageUploads;
import org.handmademarket.catalog.image.ImageUploads.StoredImage;
import org.handmademarket.catalog.image.ProcessedImage;
import org.handmademarket.checkout.orders.PurchasedItems;
import org.handmademarket.checkout.orders.PurchasedItems.PurchasedItem;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;
import org.handmademarket.reviews.ReviewReading.Audience;

/**
 * A buyer reviews what they bought. Every method starts from the caller: an order item or review
 * that is not the caller's is 404, exactly like one that does not exist. An item can be reviewed
 * once its order is delivered, or once it has been shipped for {@code reviews.shipped-days}; a
 * review can be changed for {@code reviews.edit-days}. The photo follows the listings' upload rules
 * and is checked completely before anything is stored.
 */
@Stateless
public class Reviewing {

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject PurchasedItems purchases;
  @Inject Ratings ratings;
  @Inject ReviewReading reading;
  @Inject ReviewSettings settings;
  @Inject ImageUploads uploads;

  /**
   * Reviews one of the caller's order items.
   *
   * @throws MarketplaceException 400 for bad stars or text, 404 for an item that is not the
   *     caller's, 409 before the item may be reviewed or when it already has a review
   */
  public ReviewView write(long orderItemId, Integer stars, String text) {
    long buyerId = currentUser.requireUserId();
    ReviewContent content = ReviewContent.of(stars, text);
    PurchasedItem item =
        purchases.ofBuyer(orderItemId, buyerId).orElseThrow(() -> noSuchItem(orderItemId));
    OffsetDateTime now = now();
    if (!item.delivered() && !item.shippedBefore(now.minus(settings.afterShipping()))) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "An item can be reviewed once it has been delivered, or "
              + settings.afterShipping().toDays()
              + " days after it was shipped.",
          Map.of("orderItemId", orderItemId, "orderStatus", item.status().name()));
    }
    ratings.lockShop(item.shopId());
    List<?> existing =
        em.createNativeQuery("SELECT id FROM reviews WHERE order_item_id = ?1")
            .setParameter(1, orderItemId)
            .getResultList();
    if (!existing.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "This item has a review already: change that one instead.",
          Map.of("reviewId", ((Number) existing.get(0)).longValue()));
    }
    Review review = new Review(orderItemId, item.productId(), item.shopId(), buyerId, content, now);
    em.persist(review);
    ratings.recompute(item.productId(), item.shopId());
    return reading.one(review.id(), Audience.AUTHOR);
  }

  /**
   * Changes the caller's review within its edit window.
   *
   * @throws MarketplaceException 400, 404 as for {@link #write}; 409 after the window
   */
  public ReviewView edit(long reviewId, Integer stars, String text) {
    ReviewContent content = ReviewContent.of(stars, text);
    Review review = ownReview(reviewId, LockModeType.NONE);
    // The shop first, as every change of ratings takes it, then the review as it is now.
    ratings.lockShop(review.shopId());
    em.refresh(review);
    review.edit(content, now(), settings.editWindow());
    ratings.recompute(review.productId(), review.shopId());
    return reading.one(reviewId, Audience.AUTHOR);
  }

  /**
   * Adds or replaces the review's photo: JPEG, PNG or WebP under the listings' size and dimension
   * rules. The replaced photo's files go once the change has committed.
   *
   * @throws MarketplaceException 400/413/415 for a file that is not a usable image, 404, 409 after
   *     the edit window
   */
  public ReviewView uploadPhoto(long reviewId, InputStream content) {
    Review review = ownReview(reviewId, LockModeType.PESSIMISTIC_WRITE);
    review.requireEditable(now(), settings.editWindow());
    ProcessedImage checked = uploads.check(content);
    StoredImage stored = uploads.store("reviews/" + reviewId, checked);
    String[] previous =
        review.replacePhoto(stored.key(), stored.thumbnailKey(), now(), settings.editWindow());
    if (previous != null) {
      uploads.deleteAfterCommit(previous[0], previous[1]);
    }
    em.flush();
    return reading.one(reviewId, Audience.AUTHOR);
  }

  /** Removes the review's photo within the edit window. */
  public ReviewView deletePhoto(long reviewId) {
    Review review = ownReview(reviewId, LockModeType.PESSIMISTIC_WRITE);
    String[] previous = review.replacePhoto(null, null, now(), settings.editWindow());
    if (previous != null) {
      uploads.deleteAfterCommit(previous[0], previous[1]);
    }
    em.flush();
    return reading.one(reviewId, Audience.AUTHOR);
  }

  /** The caller's reviews, newest first, hidden ones with support's reason. */
  public Page<ReviewView> mine(PageRequest page) {
    long buyerId = currentUser.requireUserId();
    return reading.page("r.author_id = ?1", List.of(buyerId), page, Audience.AUTHOR);
  }

  /** A photo change locks only the review: it leaves the ratings alone. */
  private Review ownReview(long reviewId, LockModeType lock) {
    long buyerId = currentUser.requireUserId();
    Review review = em.find(Review.class, reviewId, lock);
    if (review == null || review.authorId() != buyerId) {
      throw new MarketplaceException(ProblemType.NOT_FOUND, "You have no review " + reviewId + ".");
    }
    return review;
  }

  private static MarketplaceException noSuchItem(long orderItemId) {
    return new MarketplaceException(
        ProblemType.NOT_FOUND, "You have no order item " + orderItemId + ".");
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
