package org.handmademarket.web.api.cart;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * {@code {quantity}}: how many the cart should hold; 0 removes the line. Exact, as in {@link
 * AddToCartRequest}.
 */
public class CartQuantityRequest {

  @NotNull
  @Digits(integer = 2, fraction = 0)
  @DecimalMin("0")
  @DecimalMax("99")
  public BigDecimal quantity;
}
