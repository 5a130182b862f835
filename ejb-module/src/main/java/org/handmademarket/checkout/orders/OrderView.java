package org.handmademarket.checkout.orders;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.handmademarket.platform.money.Money;

/**
 * An order as its buyer, its seller and support see it: lines, shop, the items' subtotal, shipping
 * and total, where it goes, how it travels, and every move it made.
 */
public record OrderView(
    long id,
    @Nullable String checkoutId,
    long shopId,
    String shopName,
    String status,
    BigDecimal subtotal,
    BigDecimal shipping,
    BigDecimal total,
    List<OrderLineView> items,
    @Nullable Address shippingAddress,
    @Nullable String carrier,
    @Nullable String trackingNumber,
    List<Move> timeline,
    OffsetDateTime createdAt) {

  public OrderView {
    items = List.copyOf(items);
    timeline = List.copyOf(timeline);
  }

  /** The shipping address copied onto the order. */
  public record Address(
      String name,
      String line1,
      @Nullable String line2,
      String city,
      @Nullable String region,
      String postalCode,
      String country) {

    static Address of(ShippingAddress a) {
      return new Address(
          a.name(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
    }
  }

  /** One move of the order; {@code from} is null for its placing. */
  public record Move(@Nullable String from, String to, @Nullable String note, OffsetDateTime at) {

    static Move of(OrderEvent event) {
      return new Move(
          event.from() == null ? null : event.from().name(),
          event.to().name(),
          event.note(),
          event.occurredAt());
    }
  }

  static OrderView of(Order order, String shopName) {
    return new OrderView(
        order.id(),
        order.checkoutId().toString(),
        order.shopId(),
        shopName,
        order.status().name(),
        Money.of(order.subtotal()),
        Money.of(order.shipping()),
        Money.of(order.total()),
        order.items().stream().map(OrderLineView::of).toList(),
        Address.of(order.shippingAddress()),
        order.carrier(),
        order.trackingNumber(),
        order.timeline().stream().map(Move::of).toList(),
        order.createdAt());
  }
}
