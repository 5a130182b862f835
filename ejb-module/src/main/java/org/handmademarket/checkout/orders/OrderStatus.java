package org.handmademarket.checkout.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life, and where it may go next (docs/checkout.md draws it). A pending
 * order waits for the provider's answer and cannot be cancelled: its money may be on the way. Once
 * paid, ending an order early is a refund. Refunded orders are final; cancelled is kept for orders
 * ended before refunds went through the provider, and is final too.
 */
public enum OrderStatus {
  PENDING,
  PAID,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  REFUNDED;

  /** The statuses an order in this status may move to. */
  public Set<OrderStatus> next() {
    return switch (this) {
      case PENDING -> EnumSet.of(PAID);
      case PAID -> EnumSet.of(SHIPPED, REFUNDED);
      case SHIPPED -> EnumSet.of(DELIVERED, REFUNDED);
      case DELIVERED -> EnumSet.of(REFUNDED);
      case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
    };
  }

  public boolean canMoveTo(OrderStatus target) {
    return next().contains(target);
  }

  /** Whether the goods never left the shop, so their stock goes back on sale. */
  public boolean returnsStockWhenEnded() {
    return this == PENDING || this == PAID;
  }
}
