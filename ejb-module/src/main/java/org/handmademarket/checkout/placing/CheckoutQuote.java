package org.handmademarket.checkout.placing;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.handmademarket.cart.CartLine;
import org.handmademarket.cart.CartShop;
import org.handmademarket.cart.CartView;
import org.handmademarket.checkout.orders.Order;
import org.handmademarket.checkout.orders.OrderItem;

/**
 * What a buyer was shown when they started checkout: the price of each listing and each shop's
 * shipping to {@code country}. Checkout compares the prices it is about to charge with these to
 * tell the buyer exactly what changed.
 */
record CheckoutQuote(String country, Map<Long, BigDecimal> prices, Map<Long, BigDecimal> shipping) {

  static CheckoutQuote of(CartView cart) {
    Map<Long, BigDecimal> prices = new HashMap<>();
    Map<Long, BigDecimal> shipping = new HashMap<>();
    for (CartShop shop : cart.shops()) {
      shipping.put(shop.shopId(), shop.shipping().amount());
      for (CartLine line : shop.items()) {
        prices.put(line.productId(), line.price());
      }
    }
    return new CheckoutQuote(cart.country(), prices, shipping);
  }

  /**
   * This quote for an address in {@code destination}: shipping quoted elsewhere does not compare.
   */
  CheckoutQuote forDestination(String destination) {
    return Objects.equals(country, destination)
        ? this
        : new CheckoutQuote(destination, prices, Map.of());
  }

  String toJson() {
    return JSON.createObjectBuilder()
        .add("prices", amounts(prices))
        .add("shipping", amounts(shipping))
        .build()
        .toString();
  }

  static CheckoutQuote fromJson(String country, String json) {
    JsonObject quote = JSON.createReader(new StringReader(json)).readObject();
    return new CheckoutQuote(
        country, amounts(quote.getJsonObject("prices")), amounts(quote.getJsonObject("shipping")));
  }

  /** The lines and shops whose price differs from what was quoted; none when nothing was quoted. */
  List<Map<String, Object>> changesIn(List<Order> orders, Map<Long, String> shopNames) {
    List<Map<String, Object>> changes = new ArrayList<>();
    for (Order order : orders) {
      for (OrderItem item : order.items()) {
        BigDecimal was = prices.get(item.productId());
        if (was != null && was.compareTo(item.unitPrice()) != 0) {
          changes.add(
              Map.of(
                  "kind", "price",
                  "productId", item.productId(),
                  "title", item.title(),
                  "was", was,
                  "now", item.unitPrice()));
        }
      }
      BigDecimal was = shipping.get(order.shopId());
      if (was != null && was.compareTo(order.shipping()) != 0) {
        changes.add(
            Map.of(
                "kind", "shipping",
                "shopId", order.shopId(),
                "shopName", shopNames.getOrDefault(order.shopId(), ""),
                "was", was,
                "now", order.shipping()));
      }
    }
    return changes;
  }

  private static JsonObjectBuilder amounts(Map<Long, BigDecimal> amounts) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    amounts.forEach((id, amount) -> json.add(String.valueOf(id), amount));
    return json;
  }

  private static Map<Long, BigDecimal> amounts(JsonObject json) {
    Map<Long, BigDecimal> amounts = new HashMap<>();
    json.forEach(
        (id, amount) -> amounts.put(Long.parseLong(id), ((JsonNumber) amount).bigDecimalValue()));
    return amounts;
  }
}
