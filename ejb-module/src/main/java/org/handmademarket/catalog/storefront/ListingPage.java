package org.handmademarket.catalog.storefront;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.listing.ListingViews;
import org.handmademarket.catalog.listing.Product;
import org.handmademarket.catalog.listing.ProductView;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/** A listing's page in the storefront. */
@Stateless
public class ListingPage {

  @PersistenceContext EntityManager em;

  @Inject ImageLinks links;

  /**
   * The listing with its photos, category and shop.
   *
   * @throws MarketplaceException 404 unless the listing is published by a shop in good standing
   */
  public ProductView product(long id) {
    Product product = em.find(Product.class, id);
    if (product == null || !product.isVisibleToShoppers()) {
      throw new MarketplaceException(ProblemType.NOT_FOUND, "There is no listing " + id + ".");
    }
    return ListingViews.view(product, links);
  }
}
