package org.handmademarket.shipping;

import org.handmademarket.platform.errors.InvalidField;

/** Where buyers say they ship to: an ISO 3166-1 alpha-2 code, upper case, or not said yet. */
public final class Countries {

  private Countries() {}

  /**
   * @param code the country, or null when the buyer has not said
   * @throws org.handmademarket.platform.errors.MarketplaceException 400 naming {@code field} for a
   *     code ISO 3166-1 does not know
   */
  public static void require(String field, String code) {
    if (code != null && !ShippingRules.isCountry(code)) {
      throw InvalidField.of(field, "must be an ISO 3166-1 alpha-2 country code such as GB");
    }
  }
}
