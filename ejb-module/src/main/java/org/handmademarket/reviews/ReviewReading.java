package org.handmademarket.reviews;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;
import org.handmademarket.platform.persistence.Timestamps;

/**
 * Reviews as their readers see them, read with one SQL statement per page (the review, its
 * listing's title, its shop's name, its author's name and the reply): shoppers see a listing's or a
 * shop's visible reviews and a listing's rating summary; the other services show their own readers
 * through {@link #page} and {@link #one}.
 */
@Stateless
public class ReviewReading {

  private static final String SELECT =
      "SELECT r.id, r.order_item_id, r.product_id, p.title, r.shop_id, s.name, u.display_name,"
          + " r.stars, r.body, r.photo_key, r.hidden_reason, r.created_at, r.updated_at,"
          + " rr.body, rr.hidden_reason, rr.created_at, rr.updated_at"
          + " FROM reviews r JOIN catalog_listings p ON p.id = r.product_id"
          + " JOIN catalog_shops s ON s.id = r.shop_id"
          + " JOIN identity_accounts u ON u.id = r.author_id LEFT JOIN review_replies rr ON rr.review_id = r.id";

  private static final String NEWEST = " ORDER BY r.created_at DESC, r.id DESC";

  /** Who reads: decides whether hidden reviews, reasons and the edit deadline are shown. */
  public enum Audience {
    PUBLIC,
    AUTHOR,
    SELLER,
    SUPPORT
  }

  @PersistenceContext EntityManager em;

  @Inject ImageLinks links;
  @Inject ReviewSettings settings;

  /**
   * A listing's visible reviews.
   *
   * @param sort {@code newest} (default), {@code highest} or {@code lowest}
   * @throws MarketplaceException 404 for a listing that does not exist, 400 for an unknown sort
   */
  public Page<ReviewView> ofListing(long productId, String sort, PageRequest page) {
    requireListing(productId);
    return page(
        "r.product_id = ?1 AND r.hidden_at IS NULL",
        List.of(productId),
        order(sort),
        page,
        Audience.PUBLIC);
  }

  /** A listing's rating from its visible reviews. @throws MarketplaceException 404 */
  public RatingSummary summaryOfListing(long productId) {
    requireListing(productId);
    List<?> rows =
        em.createNativeQuery(
                "SELECT star_sum, stars_1, stars_2, stars_3, stars_4, stars_5 FROM listing_ratings"
                    + " WHERE product_id = ?1")
            .setParameter(1, productId)
            .getResultList();
    int[] counts = new int[6];
    long sum = 0;
    if (!rows.isEmpty()) {
      Object[] row = (Object[]) rows.get(0);
      sum = ((Number) row[0]).longValue();
      for (int stars = 1; stars <= 5; stars++) {
        counts[stars] = ((Number) row[stars]).intValue();
      }
    }
    return RatingSummary.of(sum, counts);
  }

  /** The visible reviews of an active shop, newest first. @throws MarketplaceException 404 */
  public Page<ReviewView> ofShop(String slug, PageRequest page) {
    List<?> shop =
        em.createNativeQuery("SELECT id FROM catalog_shops WHERE slug = ?1 AND visible_to_shoppers")
            .setParameter(1, slug)
            .getResultList();
    if (shop.isEmpty()) {
      throw new MarketplaceException(ProblemType.NOT_FOUND, "There is no shop " + slug + ".");
    }
    return page(
        "r.shop_id = ?1 AND r.hidden_at IS NULL",
        List.of(((Number) shop.get(0)).longValue()),
        NEWEST,
        page,
        Audience.PUBLIC);
  }

  /**
   * A page of reviews matching a condition on {@code r} (the reviews table) with positional
   * parameters, newest first.
   */
  public Page<ReviewView> page(
      String condition, List<Object> parameters, PageRequest page, Audience audience) {
    return page(condition, parameters, NEWEST, page, audience);
  }

  /** One review as the audience sees it. */
  public ReviewView one(long reviewId, Audience audience) {
    return page("r.id = ?1", List.of(reviewId), NEWEST, PageRequest.of(1, 1), audience)
        .items()
        .get(0);
  }

  private Page<ReviewView> page(
      String condition,
      List<Object> parameters,
      String order,
      PageRequest page,
      Audience audience) {
    Query items =
        em.createNativeQuery(
            SELECT
                + " WHERE "
                + condition
                + order
                + " LIMIT "
                + page.pageSize()
                + " OFFSET "
                + page.offset());
    Query count = em.createNativeQuery("SELECT count(*) FROM reviews r WHERE " + condition);
    for (int i = 0; i < parameters.size(); i++) {
      items.setParameter(i + 1, parameters.get(i));
      count.setParameter(i + 1, parameters.get(i));
    }
    List<ReviewView> views =
        ((List<?>) items.getResultList())
            .stream().map(row -> view((Object[]) row, audience)).toList();
    return Page.of(views, ((Number) count.getSingleResult()).longValue(), page);
  }

  private ReviewView view(Object[] row, Audience audience) {
    boolean privileged = audience != Audience.PUBLIC;
    String photoKey = (String) row[9];
    ReviewView.Reply reply = null;
    if (row[13] != null && (privileged || row[14] == null)) {
      reply =
          new ReviewView.Reply(
              (String) row[13],
              Timestamps.of(row[15]),
              Timestamps.of(row[16]),
              privileged ? (String) row[14] : null);
    }
    Duration editWindow = settings.editWindow();
    return new ReviewView(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue(),
        (String) row[3],
        ((Number) row[4]).longValue(),
        (String) row[5],
        (String) row[6],
        ((Number) row[7]).intValue(),
        (String) row[8],
        links.url(photoKey),
        links.thumbnailUrl(photoKey),
        Timestamps.of(row[11]),
        Timestamps.of(row[12]),
        audience == Audience.AUTHOR ? Timestamps.of(row[11]).plus(editWindow) : null,
        privileged ? (String) row[10] : null,
        reply);
  }

  private static String order(String sort) {
    String wanted = sort == null || sort.isBlank() ? "newest" : sort.toLowerCase(Locale.ROOT);
    switch (wanted) {
      case "newest":
        return NEWEST;
      case "highest":
        return " ORDER BY r.stars DESC, r.created_at DESC, r.id DESC";
      case "lowest":
        return " ORDER BY r.stars ASC, r.created_at DESC, r.id DESC";
      default:
        throw InvalidField.of("sort", "must be one of newest, highest, lowest");
    }
  }

  private void requireListing(long productId) {
    if (em.createNativeQuery("SELECT 1 FROM catalog_listings WHERE id = ?1 AND status <> 'DRAFT'")
        .setParameter(1, productId)
        .getResultList()
        .isEmpty()) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND,
          "There is no listing " + productId + ".",
          Map.of("productId", productId));
    }
  }
}
