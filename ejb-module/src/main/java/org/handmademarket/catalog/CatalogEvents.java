package org.handmademarket.catalog;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.handmademarket.platform.outbox.Outbox;

/**
 * The catalogue's announcements in the outbox, the contract the search indexer reads: aggregate
 * {@code PRODUCT} with {@code product.changed} for any edit of a listing (text, price, status,
 * photos), aggregate {@code SHOP} with {@code shop.changed} for any edit of a shop. Stock changes
 * are announced by inventory ({@code product.stock-changed}). The payload's {@code change} says
 * what happened, for people reading the table; consumers reread the aggregate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CatalogEvents {

  public static final String PRODUCT = "PRODUCT";
  public static final String SHOP = "SHOP";
  public static final String PRODUCT_CHANGED = "product.changed";
  public static final String SHOP_CHANGED = "shop.changed";

  @Inject Outbox outbox;
  @Inject Event<ListingChanged> listingChanges;

  public void productChanged(long productId, long shopId, String change) {
    listingChanges.fire(new ListingChanged(productId, shopId));
    outbox.record(
        PRODUCT,
        productId,
        PRODUCT_CHANGED,
        JSON.createObjectBuilder().add("change", change).add("shopId", shopId).build());
  }

  public void shopChanged(long shopId, String change) {
    outbox.record(
        SHOP, shopId, SHOP_CHANGED, JSON.createObjectBuilder().add("change", change).build());
  }
}
