package org.handmademarket.web.api.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.handmademarket.cart.Carts;

/** {@code {productId, quantity}}: pieces to add to what the cart holds already. */
public class AddToCartRequest {

  @NotNull @Positive public Long productId;

  @NotNull
  @Min(1)
  @Max(Carts.MAX_LINE_QUANTITY)
  public Integer quantity;
}
