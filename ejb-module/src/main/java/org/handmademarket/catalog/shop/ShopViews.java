package org.handmademarket.catalog.shop;

import org.handmademarket.catalog.image.ImageLinks;

/** Builds the records the catalogue hands out from shops. */
public final class ShopViews {

  private ShopViews() {}

  public static ShopView view(Shop shop, long listingCount, ImageLinks links) {
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
        shop.createdAt());
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
