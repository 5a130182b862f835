package org.handmademarket.favorites;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.platform.persistence.SqlArrays;

/**
 * Listing cards read from PostgreSQL in one query through the catalogue's {@code catalog_listings}
 * view, in the order asked for. Reading them here rather than from the search index keeps stock and
 * status exact: a listing sold out a moment ago is already left out of a feed.
 */
@Stateless
public class ProductCards {

  private static final String SELECT =
      "SELECT l.id, l.title, l.price, l.thumbnail_key, l.shop_name, l.shop_slug, l.is_vintage,"
          + " l.is_handmade, l.category_slug, l.category_name, l.quantity, l.favorite_count"
          + " FROM catalog_listings l WHERE l.id = ANY (CAST(?1 AS bigint[]))";

  @PersistenceContext EntityManager em;

  @Inject ImageLinks links;

  /** Listings that can be bought now (active, in stock, in an active shop); others are skipped. */
  public List<ProductCard> inStock(List<Long> ids) {
    return load(ids, " AND l.on_sale AND l.quantity > 0");
  }

  /** Listings shoppers can see, sold-out ones included (a favorites list shows them). */
  public List<ProductCard> visible(List<Long> ids) {
    return load(ids, " AND l.visible_to_shoppers");
  }

  private List<ProductCard> load(List<Long> ids, String condition) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<?> rows =
        em.createNativeQuery(SELECT + condition)
            .setParameter(1, SqlArrays.bigints(ids))
            .getResultList();
    Map<Long, ProductCard> byId = new HashMap<>();
    for (Object row : rows) {
      ProductCard card = card((Object[]) row);
      byId.put(card.id(), card);
    }
    List<ProductCard> ordered = new ArrayList<>(byId.size());
    for (Long id : ids) {
      ProductCard card = byId.remove(id);
      if (card != null) {
        ordered.add(card);
      }
    }
    return ordered;
  }

  private ProductCard card(Object[] row) {
    return new ProductCard(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (BigDecimal) row[2],
        links.url((String) row[3]),
        (String) row[4],
        (String) row[5],
        (Boolean) row[6],
        (Boolean) row[7],
        (String) row[8],
        (String) row[9],
        ((Number) row[10]).intValue(),
        ((Number) row[11]).intValue());
  }
}
