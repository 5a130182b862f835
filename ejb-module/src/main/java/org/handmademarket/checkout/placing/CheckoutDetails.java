package org.handmademarket.checkout.placing;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import java.math.BigDecimal;
import org.handmademarket.checkout.orders.ShippingAddress;

/**
 * What a buyer sends to check out: where to ship, the payment method to charge (the provider's id
 * of the buyer's card, never the card itself), and the total they saw and agreed to (items and
 * shipping to that address).
 */
public record CheckoutDetails(
    ShippingAddress address, String paymentMethodId, BigDecimal expectedTotal) {

  /**
   * The request in one canonical form (fixed member order, the total without trailing zeros), so
   * that the same checkout sent with other white space or member order has the same fingerprint.
   */
  public String canonical() {
    return JSON.createObjectBuilder()
        .add("name", address.name())
        .add("line1", address.line1())
        .add("line2", address.line2())
        .add("city", address.city())
        .add("region", address.region())
        .add("postalCode", address.postalCode())
        .add("country", address.country())
        .add("paymentMethodId", paymentMethodId)
        .add("expectedTotal", expectedTotal.stripTrailingZeros().toPlainString())
        .build()
        .toString();
  }
}
