package org.handmademarket.checkout.placing;

import java.util.SortedMap;
import java.util.TreeMap;
import org.handmademarket.cart.Carts;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/** What a buyer's cart asks for at checkout: pieces by listing, in ascending id order. */
final class CartContents {

  private CartContents() {}

  /** Pieces by listing; empty for an empty cart. */
  static SortedMap<Long, Integer> of(Carts carts, long buyerId) {
    SortedMap<Long, Integer> wanted = new TreeMap<>();
    carts.entriesOf(buyerId).forEach(entry -> wanted.put(entry.productId(), entry.quantity()));
    return wanted;
  }

  /**
   * @throws MarketplaceException 409 {@code cart-empty}
   */
  static SortedMap<Long, Integer> toCheckOut(Carts carts, long buyerId) {
    SortedMap<Long, Integer> wanted = of(carts, buyerId);
    if (wanted.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.CART_EMPTY, "Your cart is empty: there is nothing to check out.");
    }
    return wanted;
  }
}
