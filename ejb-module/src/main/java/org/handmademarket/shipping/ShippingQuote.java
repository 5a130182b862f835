package org.handmademarket.shipping;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;

/**
 * What one shop charges to send one order to a destination, as a cart shows it under {@code
 * shipping}. Members that do not apply are null and written as null (the storefront's shape has
 * every member).
 *
 * @param destinationCountry ISO 3166-1 alpha-2, upper case; null when the buyer's country is not
 *     known yet (the domestic rate is quoted)
 * @param shipsFrom the shop's origin country
 * @param ships false when the shop does not ship to the destination
 * @param amount the charge, two decimals; 0.00 when the shop does not ship there or the order
 *     reached the free-shipping threshold
 * @param freeShippingThreshold the shop's threshold for domestic orders; null when it has none or
 *     the order goes abroad
 * @param freeShippingRemaining how much more the buyer would have to spend with the shop to ship
 *     for free; 0.00 once reached, null when no threshold applies
 * @param estimatedDelivery null when the shop does not ship there
 */
@JsonbTypeSerializer(ShippingJson.QuoteSerializer.class)
public record ShippingQuote(
    String destinationCountry,
    String shipsFrom,
    boolean ships,
    BigDecimal amount,
    BigDecimal freeShippingThreshold,
    BigDecimal freeShippingRemaining,
    DeliveryEstimate estimatedDelivery) {}
