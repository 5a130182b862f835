package org.handmademarket.shipping;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import org.handmademarket.platform.money.Money;

/**
 * A shop's shipping profile as the seller edits it and as shoppers read it on the shop's page. The
 * record carries whatever was sent (null for a missing field, amounts as typed): {@link
 * ShippingProfiles#updateMine} checks it with {@link ShippingRules} and refuses what breaks a rule,
 * naming the field ({@code originCountry}, {@code domestic.firstItem}, {@code
 * international.additionalItem}, {@code freeDomesticThreshold}, {@code processingDaysMax}...).
 *
 * @param originCountry where orders ship from, ISO 3166-1 alpha-2 (upper-cased when saved)
 * @param international null: the shop ships domestically only
 * @param freeDomesticThreshold null: no free shipping; otherwise domestic orders whose items come
 *     to at least this much ship for free
 */
@JsonbTypeSerializer(ShippingJson.SettingsSerializer.class)
public record ShippingSettings(
    String originCountry,
    ShippingRate domestic,
    ShippingRate international,
    BigDecimal freeDomesticThreshold,
    Integer processingDaysMin,
    Integer processingDaysMax) {

  public ShippingSettings {
    freeDomesticThreshold = Money.canonical(freeDomesticThreshold);
  }
}
