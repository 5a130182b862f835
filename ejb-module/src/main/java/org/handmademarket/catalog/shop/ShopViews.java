package org.handmademarket.catalog.shop;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.listing.ListingStatus;
import org.handmademarket.shipping.ShippingProfile;

/** Builds the records the catalogue hands out from shops. */
public final class ShopViews {

  private static final List<ListingStatus> PUBLISHED =
      List.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT);

  private ShopViews() {}

  /**
   * The shop with the count of listings shoppers can see (active and sold out) and its shipping
   * profile.
   */
  public static ShopView view(
      EntityManager em, Shop shop, ImageLinks links, ShippingProfile shipping) {
    return view(shop, countPublished(em, shop), links, shipping);
  }

  public static long countPublished(EntityManager em, Shop shop) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Product p WHERE p.shop = :shop AND p.status IN :statuses",
            Long.class)
        .setParameter("shop", shop)
        .setParameter("statuses", PUBLISHED)
        .getSingleResult();
  }

  public static ShopView view(
      Shop shop, long listingCount, ImageLinks links, ShippingProfile shipping) {
    return new ShopView(
        shop.id(),
        shop.slug(),
        shop.name(),
        shop.tagline(),
        shop.description(),
        links.url(shop.logoImage()),
        links.url(shop.bannerImage()),
        shop.location(),
        shop.shippingPolicy(),
        shop.rating(),
        shop.ratingCount(),
        shop.salesCount(),
        shop.favoriteCount(),
        listingCount,
        shop.status().name(),
        shop.createdAt(),
        shipping.settings());
  }

  public static ShopSummary summary(Shop shop, ImageLinks links) {
    return new ShopSummary(
        shop.id(),
        shop.slug(),
        shop.name(),
        links.thumbnailUrl(shop.logoImage()),
        shop.location(),
        shop.rating(),
        shop.ratingCount(),
        shop.salesCount(),
        shop.shippingPolicy());
  }
}
