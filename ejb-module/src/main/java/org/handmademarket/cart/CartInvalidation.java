package org.handmademarket.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.handmademarket.catalog.ListingChanged;
import org.handmademarket.shipping.ShippingProfileChanged;

/**
 * Drops the cached carts that show a listing or a shop's shipping as it was, once a seller's change
 * of it is committed: a buyer must never be shown, and agree to, an old price.
 */
@ApplicationScoped
public class CartInvalidation {

  @PersistenceContext EntityManager em;

  @Inject CartCache cache;

  void listingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged change) {
    cache.evict(holders("product_id", change.productId()));
  }

  void shippingChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ShippingProfileChanged change) {
    cache.evict(holders("shop_id", change.shopId()));
  }

  private List<Long> holders(String column, long id) {
    return em
        .createNativeQuery("SELECT user_id FROM cart_items WHERE " + column + " = ?1")
        .setParameter(1, id)
        .getResultList()
        .stream()
        .map(userId -> ((Number) userId).longValue())
        .toList();
  }
}
