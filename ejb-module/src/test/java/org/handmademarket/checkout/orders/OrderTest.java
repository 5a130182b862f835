package org.handmademarket.checkout.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.junit.jupiter.api.Test;

class OrderTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

  private Order order() {
    Order order =
        Order.place(
            UUID.randomUUID(),
            7,
            3,
            new ShippingAddress("Ada", "1 Loom St", null, "Leeds", null, "LS1", "GB"),
            NOW);
    order.addItem(11, "Blue mug", new BigDecimal("18.50"), 2);
    order.addItem(12, "Teapot", new BigDecimal("42.00"), 1);
    return order;
  }

  @Test
  void subtotalIsExactAcrossItems() {
    assertEquals(new BigDecimal("79.00"), order().subtotal());
  }

  @Test
  void followsTheHappyPathAndRecordsEveryMove() {
    Order order = order();
    order.markPaid("ref-1", NOW);
    order.ship("Royal Mail", "RM123", 99, NOW);
    order.moveTo(OrderStatus.DELIVERED, 99L, "", NOW);

    assertEquals(OrderStatus.DELIVERED, order.status());
    assertEquals("RM123", order.trackingNumber());
    assertEquals(
        List.of(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED),
        order.timeline().stream().map(OrderEvent::to).toList());
  }

  @Test
  void refusesIllegalMovesWithAConflictAndChangesNothing() {
    Order order = order();
    order.markPaid("ref-1", NOW);

    MarketplaceException refused =
        assertThrows(
            MarketplaceException.class, () -> order.moveTo(OrderStatus.DELIVERED, 99L, "", NOW));
    MarketplaceException cancelled =
        assertThrows(
            MarketplaceException.class, () -> order.moveTo(OrderStatus.CANCELLED, 99L, "", NOW));

    assertEquals(ProblemType.CONFLICT, refused.type());
    assertEquals(ProblemType.CONFLICT, cancelled.type(), "a paid order is refunded, not cancelled");
    assertEquals(OrderStatus.PAID, order.status());
    assertEquals(2, order.timeline().size());
  }

  @Test
  void aPendingOrderCannotMoveUntilItsPaymentIsSettled() {
    Order order = order();

    for (OrderStatus target :
        List.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED, OrderStatus.REFUNDED)) {
      MarketplaceException refused =
          assertThrows(MarketplaceException.class, () -> order.moveTo(target, 99L, "", NOW));
      assertEquals(ProblemType.PAYMENT_IN_FLIGHT, refused.type(), target.name());
    }
    assertEquals(OrderStatus.PENDING, order.status());
    assertEquals(1, order.timeline().size());
  }

  @Test
  void endedOrdersAreFinal() {
    for (OrderStatus end : List.of(OrderStatus.CANCELLED, OrderStatus.REFUNDED)) {
      assertTrue(end.next().isEmpty(), end + " is final");
    }
    assertFalse(
        OrderStatus.DELIVERED.canMoveTo(OrderStatus.CANCELLED),
        "delivered goods are refunded, not cancelled");
  }

  @Test
  void onlyUnshippedOrdersReturnStock() {
    assertTrue(OrderStatus.PENDING.returnsStockWhenEnded());
    assertTrue(OrderStatus.PAID.returnsStockWhenEnded());
    assertFalse(OrderStatus.SHIPPED.returnsStockWhenEnded());
  }
}
