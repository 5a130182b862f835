package org.handmademarket.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.handmademarket.shipping.DeliveryEstimate;
import org.handmademarket.shipping.ShippingQuote;
import org.junit.jupiter.api.Test;

/** The cart cache keeps carts as JSON: what it reads back must be the cart it wrote. */
class CartViewJsonTest {

  @Test
  void aCachedCartReadsBackAsTheSameCart() throws Exception {
    CartLine line = new CartLine(1, 42, "Speckled mug", new BigDecimal("12.50"), 2, 10, null);
    CartView cart =
        new CartView(
            List.of(
                new CartShop(
                    7,
                    "Clay Corner",
                    "Ships in 3 days.",
                    List.of(line),
                    new BigDecimal("25.00"),
                    new ShippingQuote(
                        "GB",
                        "GB",
                        true,
                        new BigDecimal("4.50"),
                        new BigDecimal("50.00"),
                        new BigDecimal("25.00"),
                        new DeliveryEstimate(
                            LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 11)))),
                new CartShop(
                    8,
                    "Loom Room",
                    "",
                    List.of(line),
                    new BigDecimal("25.00"),
                    new ShippingQuote(
                        "GB", "US", false, new BigDecimal("0.00"), null, null, null))),
            new BigDecimal("50.00"),
            new BigDecimal("4.50"),
            new BigDecimal("54.50"),
            4,
            "GB");

    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertEquals(cart, jsonb.fromJson(jsonb.toJson(cart), CartView.class));
    }
  }
}
