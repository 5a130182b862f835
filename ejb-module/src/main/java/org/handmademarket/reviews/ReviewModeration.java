package org.handmademarket.reviews;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.audit.AuditLog;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;
import org.handmademarket.reviews.ReviewReading.Audience;

/**
 * Support hides a review or a reply with a reason, which its author is shown, and restores it.
 * Every move is written to the audit log in its transaction; hiding or restoring a review
 * recomputes the ratings, since only visible reviews count.
 */
@Stateless
public class ReviewModeration {

  /** The audit log's target types. */
  public static final String REVIEW = "REVIEW";

  public static final String REPLY = "REVIEW_REPLY";

  private static final int MAX_REASON = 500;

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject Ratings ratings;
  @Inject ReviewReading reading;
  @Inject AuditLog auditLog;

  /**
   * The moderation queue, newest first.
   *
   * @param hidden true for hidden reviews only, false for visible ones, null for all
   */
  public Page<ReviewView> queue(Boolean hidden, PageRequest page) {
    requireSupport();
    String condition =
        hidden == null ? "TRUE" : hidden ? "r.hidden_at IS NOT NULL" : "r.hidden_at IS NULL";
    return reading.page(condition, List.of(), page, Audience.SUPPORT);
  }

  /** Hides a review: it leaves the listing's and the shop's ratings. */
  public ReviewView hideReview(long reviewId, String reason) {
    long agentId = requireSupport();
    String why = reason(reason);
    Review review = lockedReview(reviewId);
    if (!review.hidden()) {
      review.hide(why, now());
      ratings.recompute(review.productId(), review.shopId());
    }
    audit(agentId, "review.hidden", REVIEW, reviewId, why, review);
    return reading.one(reviewId, Audience.SUPPORT);
  }

  /** Shows a hidden review again: it counts towards the ratings again. */
  public ReviewView restoreReview(long reviewId, String reason) {
    long agentId = requireSupport();
    Review review = lockedReview(reviewId);
    if (review.hidden()) {
      review.restore();
      ratings.recompute(review.productId(), review.shopId());
    }
    audit(agentId, "review.restored", REVIEW, reviewId, optionalReason(reason), review);
    return reading.one(reviewId, Audience.SUPPORT);
  }

  public ReviewView hideReply(long reviewId, String reason) {
    long agentId = requireSupport();
    String why = reason(reason);
    ReviewReply reply = reply(reviewId);
    if (!reply.hidden()) {
      reply.hide(why, now());
    }
    em.flush();
    audit(agentId, "review.reply-hidden", REPLY, reviewId, why, em.find(Review.class, reviewId));
    return reading.one(reviewId, Audience.SUPPORT);
  }

  public ReviewView restoreReply(long reviewId, String reason) {
    long agentId = requireSupport();
    ReviewReply reply = reply(reviewId);
    reply.restore();
    em.flush();
    audit(
        agentId,
        "review.reply-restored",
        REPLY,
        reviewId,
        optionalReason(reason),
        em.find(Review.class, reviewId));
    return reading.one(reviewId, Audience.SUPPORT);
  }

  private Review lockedReview(long reviewId) {
    Review review = em.find(Review.class, reviewId);
    if (review == null) {
      throw notFound(reviewId);
    }
    ratings.lockShop(review.shopId());
    em.refresh(review);
    return review;
  }

  private ReviewReply reply(long reviewId) {
    ReviewReply reply = em.find(ReviewReply.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
    if (reply == null) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "Review " + reviewId + " has no reply.");
    }
    return reply;
  }

  private void audit(
      long agentId, String action, String target, long reviewId, String reason, Review review) {
    auditLog.record(
        agentId,
        action,
        target,
        reviewId,
        reason,
        JSON.createObjectBuilder()
            .add("shopId", review.shopId())
            .add("productId", review.productId())
            .add("stars", review.stars())
            .build());
  }

  private static String reason(String reason) {
    String why = optionalReason(reason);
    if (why.isEmpty()) {
      throw InvalidField.of("reason", "must say why, for the author");
    }
    return why;
  }

  private static String optionalReason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() > MAX_REASON) {
      throw InvalidField.of("reason", "must be at most " + MAX_REASON + " characters");
    }
    return why;
  }

  private long requireSupport() {
    return currentUser.requireAnyRole(Role.SUPPORT, Role.ADMIN);
  }

  private static MarketplaceException notFound(long reviewId) {
    return new MarketplaceException(ProblemType.NOT_FOUND, "There is no review " + reviewId + ".");
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
