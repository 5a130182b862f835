package org.handmademarket.web.api.seller;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.handmademarket.inventory.StockRules;

/** A new stock level. */
public class QuantityRequest {

  @NotNull
  @Min(0)
  @Max(StockRules.MAX_QUANTITY)
  public Integer quantity;
}
