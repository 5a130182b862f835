package org.handmademarket.catalog.listing;

import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.shop.ShopViews;

/** Builds the records the catalogue hands out from listings. */
public final class ListingViews {

  private ListingViews() {}

  public static ProductView view(Product product, ImageLinks links) {
    return new ProductView(
        product.id(),
        product.title(),
        product.description(),
        product.price().amount(),
        product.quantity(),
        product.status().name(),
        product.isVintage(),
        product.isHandmade(),
        new CategoryRef(
            product.category().id(), product.category().slug(), product.category().name()),
        product.tags(),
        product.materials(),
        product.images().stream().map(image -> image(image, links)).toList(),
        ShopViews.summary(product.shop(), links),
        product.createdAt(),
        product.updatedAt());
  }

  public static ImageView image(ProductImage image, ImageLinks links) {
    return new ImageView(
        image.id(),
        image.position(),
        links.url(image.storageKey()),
        links.url(image.thumbnailKey()),
        image.contentType(),
        image.width(),
        image.height());
  }

  public static ListingCard card(Product product, ImageLinks links) {
    return new ListingCard(
        product.id(),
        product.title(),
        product.price().amount(),
        product.quantity(),
        product.status().name(),
        product.isVintage(),
        product.isHandmade(),
        product.images().isEmpty() ? null : links.url(product.images().get(0).thumbnailKey()),
        product.createdAt());
  }
}
