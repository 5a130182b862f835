package org.handmademarket.web.api.cart;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * {@code {productId, quantity}}: pieces to add to what the cart holds already. The numbers are read
 * as exact decimals and checked here: bound to {@code int} or {@code long}, JSON-B would silently
 * cut {@code 1.5} to 1 and wrap {@code 4294967297} round to 1.
 */
public class AddToCartRequest {

  @NotNull
  @Digits(integer = 18, fraction = 0)
  @DecimalMin("1")
  public BigDecimal productId;

  @NotNull
  @Digits(integer = 2, fraction = 0)
  @DecimalMin("1")
  @DecimalMax("99")
  public BigDecimal quantity;
}
