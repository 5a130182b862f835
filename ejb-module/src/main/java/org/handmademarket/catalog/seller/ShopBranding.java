package org.handmademarket.catalog.seller;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import org.handmademarket.catalog.CatalogEvents;
import org.handmademarket.catalog.image.ImageKeys;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.image.ImageUploads;
import org.handmademarket.catalog.image.ProcessedImage;
import org.handmademarket.catalog.shop.Shop;
import org.handmademarket.catalog.shop.ShopProfile;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.catalog.shop.ShopViews;
import org.handmademarket.shipping.ShippingProfiles;

/** A seller looks after their shop's page: texts, policies, logo and banner. */
@Stateless
public class ShopBranding {

  @PersistenceContext EntityManager em;

  @Inject SellerAccess sellers;
  @Inject ImageUploads uploads;
  @Inject CatalogEvents events;
  @Inject ImageLinks links;
  @Inject ShippingProfiles shipping;

  public ShopView current() {
    return view(sellers.ownShop());
  }

  public ShopView describe(ShopProfile profile) {
    Shop shop = sellers.ownShop();
    shop.describe(profile);
    events.shopChanged(shop.id(), "described");
    return view(shop);
  }

  /** Replaces the logo with an uploaded image; the old logo's files go once this commits. */
  public ShopView changeLogo(InputStream upload) {
    Shop shop = sellers.ownShop();
    ProcessedImage image = uploads.check(upload);
    String key = uploads.store(folderOf(shop), image).key();
    forget(shop, shop.changeLogo(key));
    events.shopChanged(shop.id(), "logo");
    return view(shop);
  }

  /** Replaces the banner with an uploaded image; the old banner's files go once this commits. */
  public ShopView changeBanner(InputStream upload) {
    Shop shop = sellers.ownShop();
    ProcessedImage image = uploads.check(upload);
    String key = uploads.store(folderOf(shop), image).key();
    forget(shop, shop.changeBanner(key));
    events.shopChanged(shop.id(), "banner");
    return view(shop);
  }

  /**
   * Deletes the files of a replaced image, if they are this shop's own uploads: files elsewhere
   * (the demo data's pictures) may be shared and are left alone.
   */
  private void forget(Shop shop, String previousKey) {
    if (previousKey != null && previousKey.startsWith(folderOf(shop) + "/")) {
      uploads.deleteAfterCommit(previousKey, ImageKeys.thumbnailOf(previousKey));
    }
  }

  private ShopView view(Shop shop) {
    return ShopViews.view(em, shop, links, shipping.of(shop.id()));
  }

  private static String folderOf(Shop shop) {
    return "shops/" + shop.id();
  }
}
