package org.handmademarket.favorites;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.storefront.FavoriteCounts;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * The signed-in shopper's favorite listings and shops; anonymous callers get 401.
 *
 * <p>Adding is {@code INSERT ... ON CONFLICT DO NOTHING} and removing a plain delete, so repeating
 * either changes nothing. The listing's or shop's favorite count (kept by the catalogue's {@link
 * FavoriteCounts}) moves by one only when a row was really added or removed, in the same
 * transaction.
 */
@Stateless
public class Favorites {

  /** A favorites page shows this many of each kind, newest first. */
  static final int LIST_LIMIT = 200;

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject ProductCards cards;
  @Inject FavoriteCounts counts;
  @Inject ImageLinks links;

  public FavoritesView mine() {
    long userId = currentUser.requireUserId();
    List<?> productIds =
        em.createNativeQuery(
                "SELECT favoritable_id FROM favorites WHERE user_id = ?1 AND favoritable_type = 'PRODUCT'"
                    + " ORDER BY created_at DESC, favoritable_id DESC LIMIT "
                    + LIST_LIMIT)
            .setParameter(1, userId)
            .getResultList();
    return new FavoritesView(
        cards.visible(productIds.stream().map(id -> ((Number) id).longValue()).toList()),
        shops(userId));
  }

  public FavoriteState product(long productId) {
    return state(FavoriteKind.PRODUCT, productId);
  }

  public FavoriteState favoriteProduct(long productId) {
    return add(FavoriteKind.PRODUCT, productId);
  }

  public FavoriteState unfavoriteProduct(long productId) {
    return remove(FavoriteKind.PRODUCT, productId);
  }

  public FavoriteState shop(long shopId) {
    return state(FavoriteKind.SHOP, shopId);
  }

  public FavoriteState favoriteShop(long shopId) {
    return add(FavoriteKind.SHOP, shopId);
  }

  public FavoriteState unfavoriteShop(long shopId) {
    return remove(FavoriteKind.SHOP, shopId);
  }

  private FavoriteState state(FavoriteKind kind, long id) {
    long userId = currentUser.requireUserId();
    int count = visibleCount(kind, id);
    return new FavoriteState(isFavorite(userId, kind, id), count);
  }

  private FavoriteState add(FavoriteKind kind, long id) {
    long userId = currentUser.requireUserId();
    visibleCount(kind, id);
    int added =
        em.createNativeQuery(
                "INSERT INTO favorites (user_id, favoritable_type, favoritable_id) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, userId)
            .setParameter(2, kind.name())
            .setParameter(3, id)
            .executeUpdate();
    if (added == 1) {
      kind.change(counts, id, 1);
    }
    return new FavoriteState(true, kind.count(counts, id));
  }

  /**
   * Removing works for a listing that has since gone from sale too; only an unknown id is a 404.
   */
  private FavoriteState remove(FavoriteKind kind, long id) {
    long userId = currentUser.requireUserId();
    int removed =
        em.createNativeQuery(
                "DELETE FROM favorites WHERE user_id = ?1 AND favoritable_type = ?2 AND favoritable_id = ?3")
            .setParameter(1, userId)
            .setParameter(2, kind.name())
            .setParameter(3, id)
            .executeUpdate();
    if (removed == 1) {
      kind.change(counts, id, -1);
      return new FavoriteState(false, kind.count(counts, id));
    }
    return new FavoriteState(false, visibleCount(kind, id));
  }

  private boolean isFavorite(long userId, FavoriteKind kind, long id) {
    return !em.createNativeQuery(
            "SELECT 1 FROM favorites WHERE user_id = ?1 AND favoritable_type = ?2 AND favoritable_id = ?3")
        .setParameter(1, userId)
        .setParameter(2, kind.name())
        .setParameter(3, id)
        .getResultList()
        .isEmpty();
  }

  /** The favorite count of a listing or shop shoppers can see. @throws MarketplaceException 404 */
  private int visibleCount(FavoriteKind kind, long id) {
    return kind.visibleCount(counts, id)
        .orElseThrow(
            () ->
                new MarketplaceException(
                    ProblemType.NOT_FOUND,
                    "There is no " + kind.noun + " " + id + ".",
                    Map.of("id", id)));
  }

  private List<ShopCard> shops(long userId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT s.id, s.slug, s.name, s.logo_image, s.location, s.tagline, s.favorite_count,"
                    + " s.listings_in_stock"
                    + " FROM favorites f JOIN catalog_shops s ON s.id = f.favoritable_id"
                    + " WHERE f.user_id = ?1 AND f.favoritable_type = 'SHOP' AND s.visible_to_shoppers"
                    + " ORDER BY f.created_at DESC, s.id DESC LIMIT "
                    + LIST_LIMIT)
            .setParameter(1, userId)
            .getResultList();
    List<ShopCard> shops = new ArrayList<>();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      String tagline = (String) c[5];
      shops.add(
          new ShopCard(
              ((Number) c[0]).longValue(),
              (String) c[1],
              (String) c[2],
              links.thumbnailUrl((String) c[3]),
              (String) c[4],
              tagline.isBlank() ? null : tagline,
              ((Number) c[6]).intValue(),
              ((Number) c[7]).longValue()));
    }
    return shops;
  }
}
