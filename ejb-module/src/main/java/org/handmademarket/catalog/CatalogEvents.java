package org.handmademarket.catalog;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.handmademarket.platform.outbox.Outbox;
import org.handmademarket.platform.outbox.OutboxEventType;

/**
 * The catalogue's announcements in the outbox: {@link OutboxEventType#PRODUCT_CHANGED} for any edit
 * of a listing (text, price, status, photos), {@link OutboxEventType#SHOP_CHANGED} for any edit of
 * a shop. Stock changes are announced by inventory. The payload's {@code change} says what
 * happened, for people reading the table; consumers reread the aggregate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CatalogEvents {

  @Inject Outbox outbox;
  @Inject Event<ListingChanged> listingChanges;

  public void productChanged(long productId, long shopId, String change) {
    listingChanges.fire(new ListingChanged(productId, shopId));
    outbox.record(
        OutboxEventType.PRODUCT_CHANGED,
        productId,
        JSON.createObjectBuilder().add("change", change).add("shopId", shopId).build());
  }

  public void shopChanged(long shopId, String change) {
    outbox.record(
        OutboxEventType.SHOP_CHANGED,
        shopId,
        JSON.createObjectBuilder().add("change", change).build());
  }
}
