package org.handmademarket.feed;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a shopper's {@link Preferences} from their favorites, recent views and orders. */
@Stateless
public class ShopperPreferences {

  /** Seeds for look-alikes: more makes the query slower and the picks vaguer. */
  static final int LIKED_SEEDS = 20;

  static final int TOP_CATEGORIES = 2;
  static final int TOP_TAGS = 5;

  /**
   * Favorited listings (weight 2) and viewed ones (weight 1 per view), as rows (product_id,
   * weight).
   */
  private static final String LIKED =
      "WITH liked AS (SELECT favoritable_id AS product_id, 2 AS weight FROM favorites"
          + " WHERE user_id = ?1 AND favoritable_type = 'PRODUCT'"
          + " UNION ALL SELECT product_id, 1 FROM product_views WHERE user_id = ?1) ";

  @PersistenceContext EntityManager em;

  public Preferences of(long userId) {
    List<Long> favorites =
        ids(
            "SELECT favoritable_id FROM favorites WHERE user_id = ?1 AND favoritable_type = 'PRODUCT'"
                + " ORDER BY created_at DESC, favoritable_id DESC",
            userId);
    int viewCount =
        ((Number)
                em.createNativeQuery("SELECT count(*) FROM product_views WHERE user_id = ?1")
                    .setParameter(1, userId)
                    .getSingleResult())
            .intValue();
    Set<Long> excluded = new LinkedHashSet<>(favorites);
    excluded.addAll(bought(userId));
    Preferences history =
        new Preferences(
            favorites.size(), viewCount, List.of(), excluded, List.of(), null, List.of());
    if (history.cold()) {
      return history;
    }
    Set<Long> liked = new LinkedHashSet<>(favorites);
    liked.addAll(
        ids(
            "SELECT product_id FROM product_views WHERE user_id = ?1"
                + " GROUP BY product_id ORDER BY max(viewed_at) DESC",
            userId));
    return new Preferences(
        favorites.size(),
        viewCount,
        liked.stream().limit(LIKED_SEEDS).toList(),
        excluded,
        categories(userId),
        averagePrice(userId),
        tags(userId));
  }

  private List<Long> bought(long userId) {
    return ids(
        "SELECT DISTINCT i.product_id FROM order_items i JOIN orders o ON o.id = i.order_id"
            + " WHERE o.buyer_id = ?1",
        userId);
  }

  private List<Preferences.CategoryTaste> categories(long userId) {
    List<?> rows =
        em.createNativeQuery(
                LIKED
                    + "SELECT c.slug, c.name FROM liked l JOIN products p ON p.id = l.product_id"
                    + " JOIN categories c ON c.id = p.category_id"
                    + " GROUP BY c.slug, c.name ORDER BY sum(l.weight) DESC, c.slug LIMIT "
                    + TOP_CATEGORIES)
            .setParameter(1, userId)
            .getResultList();
    List<Preferences.CategoryTaste> categories = new ArrayList<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      categories.add(new Preferences.CategoryTaste((String) columns[0], (String) columns[1]));
    }
    return categories;
  }

  private BigDecimal averagePrice(long userId) {
    Object average =
        em.createNativeQuery(
                LIKED
                    + "SELECT round(sum(p.price * l.weight) / sum(l.weight), 2)"
                    + " FROM liked l JOIN products p ON p.id = l.product_id")
            .setParameter(1, userId)
            .getSingleResult();
    return (BigDecimal) average;
  }

  private List<String> tags(long userId) {
    List<?> rows =
        em.createNativeQuery(
                LIKED
                    + "SELECT t.tag FROM liked l JOIN product_tags t ON t.product_id = l.product_id"
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
