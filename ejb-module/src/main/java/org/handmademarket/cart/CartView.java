package org.handmademarket.cart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cart as the storefront draws it: one group per shop (the order it will become), with the
 * total of the items and how many pieces the cart holds.
 */
public record CartView(List<CartShop> shops, BigDecimal itemTotal, int itemCount) {

  public CartView {
    shops = shops == null ? List.of() : List.copyOf(shops);
  }

  static CartView empty() {
    return new CartView(List.of(), Money.ZERO, 0);
  }
}
