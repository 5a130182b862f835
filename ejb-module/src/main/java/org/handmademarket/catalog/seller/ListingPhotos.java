package org.handmademarket.catalog.seller;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.handmademarket.catalog.CatalogEvents;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.image.ImageUploads;
import org.handmademarket.catalog.image.ImageUploads.StoredImage;
import org.handmademarket.catalog.image.ProcessedImage;
import org.handmademarket.catalog.listing.ImageView;
import org.handmademarket.catalog.listing.ListingViews;
import org.handmademarket.catalog.listing.Product;
import org.handmademarket.catalog.listing.ProductImage;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * A seller adds, removes and orders a listing's photos. An upload is checked completely (ownership,
 * the gallery's room, size, type by content, dimensions, a full decode) before a single byte is
 * stored, and the stored files are removed again if the transaction does not commit.
 */
@Stateless
public class ListingPhotos {

  @PersistenceContext EntityManager em;

  @Inject SellerAccess sellers;
  @Inject ImageUploads uploads;
  @Inject CatalogEvents events;
  @Inject ImageLinks links;

  /** Adds a photo at the end of the gallery. */
  public ImageView upload(long productId, InputStream content) {
    Product product = sellers.ownListing(productId);
    if (product.images().size() >= Product.MAX_IMAGES) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "A listing has at most " + Product.MAX_IMAGES + " photos: delete one first.",
          Map.of("maxImages", Product.MAX_IMAGES));
    }
    ProcessedImage checked = uploads.check(content);
    StoredImage stored = uploads.store(folderOf(product), checked);
    ProductImage image =
        product.addImage(
            stored.key(),
            stored.thumbnailKey(),
            stored.contentType(),
            stored.width(),
            stored.height());
    em.flush();
    events.productChanged(productId, product.shop().id(), "image-added");
    return ListingViews.image(image, links);
  }

  /** Removes a photo; its files go once the removal has committed. */
  public List<ImageView> delete(long productId, long imageId) {
    Product product = sellers.ownListing(productId);
    ProductImage image = product.image(imageId).orElseThrow(() -> noSuchImage(imageId));
    product.removeImage(image);
    em.flush();
    if (image.storageKey().startsWith(folderOf(product) + "/")) {
      uploads.deleteAfterCommit(image.storageKey(), image.thumbnailKey());
    }
    events.productChanged(productId, product.shop().id(), "image-removed");
    return gallery(product);
  }

  /** Puts the gallery in the given order: every photo's id once, first photo first. */
  public List<ImageView> reorder(long productId, List<Long> imageIds) {
    Product product = sellers.ownListing(productId);
    product.reorderImages(imageIds);
    em.flush();
    events.productChanged(productId, product.shop().id(), "images-reordered");
    return gallery(product);
  }

  public List<ImageView> gallery(long productId) {
    return gallery(sellers.ownListing(productId));
  }

  private List<ImageView> gallery(Product product) {
    return product.images().stream().map(image -> ListingViews.image(image, links)).toList();
  }

  private static String folderOf(Product product) {
    return "products/" + product.id();
  }

  private static MarketplaceException noSuchImage(long imageId) {
    return new MarketplaceException(
        ProblemType.NOT_FOUND, "The listing has no photo " + imageId + ".");
  }
}
