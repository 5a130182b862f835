package org.handmademarket.web.api.shipping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.handmademarket.shipping.ShippingRate;
import org.handmademarket.shipping.ShippingRules;
import org.handmademarket.shipping.ShippingSettings;

/**
 * A shipping profile as the seller writes it. {@code international} null: the shop ships
 * domestically only; {@code freeDomesticThreshold} null: no free shipping. The country is checked
 * against ISO 3166-1 by the service.
 */
public class ShippingRequest {

  @NotBlank public String originCountry;

  @NotNull @Valid public Rate domestic;

  @Valid public Rate international;

  @DecimalMin("1.00")
  @DecimalMax("1000000.00")
  @Digits(integer = 7, fraction = 2)
  public BigDecimal freeDomesticThreshold;

  @NotNull
  @Min(ShippingRules.PROCESSING_DAYS_MIN)
  @Max(ShippingRules.PROCESSING_DAYS_MAX)
  public Integer processingDaysMin;

  @NotNull
  @Min(ShippingRules.PROCESSING_DAYS_MIN)
  @Max(ShippingRules.PROCESSING_DAYS_MAX)
  public Integer processingDaysMax;

  /** What one zone costs: the first item of an order and each additional one. */
  public static class Rate {

    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("10000.00")
    @Digits(integer = 5, fraction = 2)
    public BigDecimal firstItem;

    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("10000.00")
    @Digits(integer = 5, fraction = 2)
    public BigDecimal additionalItem;

    ShippingRate toRate() {
      return new ShippingRate(firstItem, additionalItem);
    }
  }

  ShippingSettings toSettings() {
    return new ShippingSettings(
        originCountry,
        domestic == null ? null : domestic.toRate(),
        international == null ? null : international.toRate(),
        freeDomesticThreshold,
        processingDaysMin,
        processingDaysMax);
  }
}
