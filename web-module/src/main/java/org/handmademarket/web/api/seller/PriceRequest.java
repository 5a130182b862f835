package org.handmademarket.web.api.seller;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A new price. */
public class PriceRequest {

  @NotNull
  @DecimalMin("0.01")
  @DecimalMax("100000.00")
  @Digits(integer = 6, fraction = 2)
  public BigDecimal price;
}
