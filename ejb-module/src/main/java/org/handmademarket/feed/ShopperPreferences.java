package org.handmademarket.feed;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a shopper's {@link Preferences} from their favorites, purchases and recent views, each
 * weighted by kind and by age.
 */
@Stateless
public class ShopperPreferences {

  /** Seeds for look-alikes: more makes the query slower and the picks vaguer. */
  static final int LIKED_SEEDS = 20;

  static final int TOP_CATEGORIES = 2;
  static final int TOP_TAGS = 5;

  /** A signal counts half as much after this many days, a quarter after twice as many. */
  static final int HALF_LIFE_DAYS = 14;

  /**
   * Favorited listings (weight 2), bought ones (3) and viewed ones (1 per view), each weighed down
   * by its age, as rows (product_id, weight, at). Cancelled orders say nothing about taste.
   */
  private static final String LIKED =
      "WITH signals AS (SELECT product_id, 2.0 AS weight, created_at AS at"
          + " FROM favorite_listings WHERE user_id = ?1"
          + " UNION ALL SELECT product_id, 3.0, created_at FROM checkout_purchases"
          + " WHERE buyer_id = ?1 AND status <> 'CANCELLED'"
          + " UNION ALL SELECT product_id, 1.0, viewed_at FROM product_views WHERE user_id = ?1),"
          + " liked AS (SELECT product_id, at, weight * power(0.5,"
          + " greatest(extract(epoch FROM now() - at), 0) / "
          + (HALF_LIFE_DAYS * 86_400)
          + ".0) AS weight FROM signals) ";

  @PersistenceContext EntityManager em;

  public Preferences of(long userId) {
    List<Long> favorites =
        ids(
            "SELECT product_id FROM favorite_listings WHERE user_id = ?1"
                + " ORDER BY created_at DESC, product_id DESC",
            userId);
    int viewCount =
        ((Number)
                em.createNativeQuery("SELECT count(*) FROM product_views WHERE user_id = ?1")
                    .setParameter(1, userId)
                    .getSingleResult())
            .intValue();
    List<Long> bought = bought(userId);
    Set<Long> excluded = new LinkedHashSet<>(favorites);
    excluded.addAll(bought);
    // A purchase says at least as much as a favorite.
    int favoriteCount = new LinkedHashSet<>(excluded).size();
    Preferences history =
        new Preferences(favoriteCount, viewCount, List.of(), excluded, List.of(), null, List.of());
    if (history.cold()) {
      return history;
    }
    List<Long> liked =
        ids(
            LIKED
                + "SELECT product_id FROM liked GROUP BY product_id"
                + " ORDER BY max(at) DESC, product_id DESC LIMIT "
                + LIKED_SEEDS,
            userId);
    return new Preferences(
        favoriteCount,
        viewCount,
        liked,
        excluded,
        categories(userId),
        averagePrice(userId),
        tags(userId));
  }

  private List<Long> bought(long userId) {
    return ids("SELECT DISTINCT product_id FROM checkout_purchases WHERE buyer_id = ?1", userId);
  }

  /**
   * The categories with the most weight, and the category of the latest signal: a shopper who has
   * just favorited, bought or looked at something new sees more of it right away.
   */
  private List<Preferences.CategoryTaste> categories(long userId) {
    List<?> rows =
        em.createNativeQuery(
                LIKED
                    + "SELECT p.category_slug, p.category_name,"
                    + " round(sum(p.price * l.weight) / sum(l.weight), 2),"
                    + " sum(l.weight) AS score, max(l.at) AS latest"
                    + " FROM liked l JOIN catalog_listings p ON p.id = l.product_id"
                    + " GROUP BY p.category_slug, p.category_name ORDER BY score DESC, p.category_slug")
            .setParameter(1, userId)
            .getResultList();
    List<Taste> tastes = new ArrayList<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      tastes.add(
          new Taste(
              new Preferences.CategoryTaste(
                  (String) columns[0], (String) columns[1], (BigDecimal) columns[2]),
              columns[4] == null ? Instant.EPOCH : toInstant(columns[4])));
    }
    return pick(tastes, TOP_CATEGORIES);
  }

  /** A category's taste and the time of its latest signal. */
  record Taste(Preferences.CategoryTaste category, Instant latest) {}

  /**
   * The first {@code count} categories by weight; when the most recent signal's category is not
   * among them, it takes the last place.
   *
   * @param byWeight every liked category, heaviest first
   */
  static List<Preferences.CategoryTaste> pick(List<Taste> byWeight, int count) {
    List<Preferences.CategoryTaste> top =
        new ArrayList<>(byWeight.stream().limit(count).map(Taste::category).toList());
    byWeight.stream()
        .max(Comparator.comparing(Taste::latest))
        .map(Taste::category)
        .filter(latest -> !top.contains(latest))
        .ifPresent(
            latest -> {
              if (top.size() == count) {
                top.remove(count - 1);
              }
              top.add(latest);
            });
    return List.copyOf(top);
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return Instant.EPOCH;
  }

  private BigDecimal averagePrice(long userId) {
    Object average =
        em.createNativeQuery(
                LIKED
                    + "SELECT round(sum(p.price * l.weight) / sum(l.weight), 2)"
                    + " FROM liked l JOIN catalog_listings p ON p.id = l.product_id")
            .setParameter(1, userId)
            .getSingleResult();
    return (BigDecimal) average;
  }

  private List<String> tags(long userId) {
    List<?> rows =
        em.createNativeQuery(
                LIKED
                    + "SELECT t.tag FROM liked l JOIN catalog_listing_tags t ON t.product_id = l.product_id"
                    + " GROUP BY t.tag ORDER BY sum(l.weight) DESC, t.tag LIMIT "
                    + TOP_TAGS)
            .setParameter(1, userId)
            .getResultList();
    return rows.stream().map(String.class::cast).toList();
  }

  private List<Long> ids(String sql, long userId) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, userId).getResultList();
    return rows.stream().map(id -> ((Number) id).longValue()).toList();
  }
}
