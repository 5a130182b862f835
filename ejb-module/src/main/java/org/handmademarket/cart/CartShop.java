package org.handmademarket.cart;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import org.handmademarket.shipping.ShippingQuote;

/**
 * One shop's part of the cart: its items, their subtotal, and what the shop charges to ship them.
 */
public record CartShop(
    long shopId,
    String shopName,
    @Nullable String shippingPolicy,
    List<CartLine> items,
    BigDecimal subtotal,
    @Nullable ShippingQuote shipping) {

  public CartShop {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
