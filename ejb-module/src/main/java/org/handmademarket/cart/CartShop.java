package org.handmademarket.cart;

import java.math.BigDecimal;
import java.util.List;

/** One shop's part of the cart, with its shipping policy and the subtotal of its items. */
public record CartShop(
    long shopId,
    String shopName,
    String shippingPolicy,
    List<CartLine> items,
    BigDecimal subtotal) {

  public CartShop {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
