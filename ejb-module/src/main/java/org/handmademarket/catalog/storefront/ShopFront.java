package org.handmademarket.catalog.storefront;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.listing.ListingCard;
import org.handmademarket.catalog.listing.ListingSort;
import org.handmademarket.catalog.listing.ListingStatus;
import org.handmademarket.catalog.listing.ListingViews;
import org.handmademarket.catalog.listing.Product;
import org.handmademarket.catalog.shop.Shop;
import org.handmademarket.catalog.shop.ShopStatus;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.catalog.shop.ShopViews;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;
import org.handmademarket.shipping.ShippingProfiles;

/**
 * A shop's page in the storefront: the shop's branding and summary, and its listings page by page.
 */
@Stateless
public class ShopFront {

  private static final List<ListingStatus> PUBLISHED =
      List.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT);

  @PersistenceContext EntityManager em;

  @Inject ImageLinks links;
  @Inject ShippingProfiles shipping;

  /**
   * @throws MarketplaceException 404 for an unknown or suspended shop
   */
  public ShopView shop(String slug) {
    Shop shop = visibleShop(slug);
    return ShopViews.view(em, shop, links, shipping.of(shop.id()));
  }

  /**
   * The shop's published listings (active and sold out).
   *
   * @throws MarketplaceException 404 for an unknown or suspended shop
   */
  public Page<ListingCard> listings(String slug, PageRequest request, ListingSort sort) {
    Shop shop = visibleShop(slug);
    List<Product> products =
        em.createQuery(
                "SELECT p FROM Product p WHERE p.shop = :shop AND p.status IN :statuses ORDER BY "
                    + sort.orderBy(),
                Product.class)
            .setParameter("shop", shop)
            .setParameter("statuses", PUBLISHED)
            .setHint("eclipselink.batch", "p.images")
            .setHint("eclipselink.batch.type", "IN")
            .setFirstResult(request.offset())
            .setMaxResults(request.pageSize())
            .getResultList();
    return Page.of(
        products.stream().map(product -> ListingViews.card(product, links)).toList(),
        ShopViews.countPublished(em, shop),
        request);
  }

  private Shop visibleShop(String slug) {
    return em.createQuery(
            "SELECT s FROM Shop s WHERE s.slug = :slug AND s.status = :status", Shop.class)
        .setParameter("slug", slug)
        .setParameter("status", ShopStatus.ACTIVE)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new MarketplaceException(
                    ProblemType.NOT_FOUND, "There is no shop '" + slug + "'."));
  }
}
