package org.handmademarket.catalog.seller;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.handmademarket.catalog.listing.Product;
import org.handmademarket.catalog.shop.Shop;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Finds what the caller owns. Anonymous callers get 401; a signed-in account without a shop gets
 * 403 (it is a shopper: opening a shop is what makes a seller); a listing that is not the caller's
 * gets 404, the same answer as a listing that does not exist.
 */
@Stateless
public class SellerAccess {

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;

  /** The caller's shop, if they have one. */
  public Optional<Shop> findOwnShop() {
    long userId = currentUser.requireUserId();
    return em.createQuery("SELECT s FROM Shop s WHERE s.ownerId = :owner", Shop.class)
        .setParameter("owner", userId)
        .getResultStream()
        .findFirst();
  }

  public Shop ownShop() {
    return findOwnShop()
        .orElseThrow(
            () ->
                new MarketplaceException(
                    ProblemType.FORBIDDEN,
                    "Only sellers can do this: open a shop first (POST /api/seller/shop).",
                    Map.of()));
  }

  /** The id of the caller's shop, for features that keep records by shop. */
  public long ownShopId() {
    return ownShop().id();
  }

  public Product ownListing(long productId) {
    Shop shop = ownShop();
    return em.createQuery(
            "SELECT p FROM Product p WHERE p.id = :id AND p.shop = :shop", Product.class)
        .setParameter("id", productId)
        .setParameter("shop", shop)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new MarketplaceException(
                    ProblemType.NOT_FOUND, "You have no listing " + productId + "."));
  }
}
