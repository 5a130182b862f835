package org.handmademarket.cart;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import org.handmademarket.platform.money.Money;

/**
 * The cart as the storefront draws it: one group per shop (the order it will become) with its
 * shipping to {@code country} (null: not known yet, each shop's domestic rate), the totals of items
 * and shipping, and how many pieces the cart holds. {@code total} is what checking out would
 * charge.
 */
@JsonbNillable
public record CartView(
    List<CartShop> shops,
    BigDecimal itemTotal,
    BigDecimal shippingTotal,
    BigDecimal total,
    int itemCount,
    @Nullable String country) {

  public CartView {
    shops = shops == null ? List.of() : List.copyOf(shops);
  }

  static CartView empty(String country) {
    return new CartView(List.of(), Money.ZERO, Money.ZERO, Money.ZERO, 0, country);
  }

  /** The shops that do not ship to {@link #country}. */
  public List<CartShop> notShipping() {
    return shops.stream().filter(shop -> !shop.shipping().ships()).toList();
  }
}
