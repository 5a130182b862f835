package org.handmademarket.web.api.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.handmademarket.cart.Carts;

/** {@code {quantity}}: how many the cart should hold; 0 removes the line. */
public class CartQuantityRequest {

  @NotNull
  @Min(0)
  @Max(Carts.MAX_LINE_QUANTITY)
  public Integer quantity;
}
