package org.handmademarket.checkout.orders;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.money.Money;

/**
 * One shop's part of a checkout. Its status only changes through {@link #moveTo}, which refuses
 * moves the life of an order does not allow and records every move in the timeline. Named ShopOrder
 * in queries because ORDER is a JPQL keyword.
 */
@Entity(name = "ShopOrder")
@Table(name = "orders")
public class Order {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "checkout_id")
  private UUID checkoutId;

  @Column(name = "buyer_id")
  private long buyerId;

  @Column(name = "shop_id")
  private long shopId;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  private BigDecimal subtotal;

  private BigDecimal shipping;

  /** What went back to the buyer so far, through the payment provider. */
  private BigDecimal refunded = BigDecimal.ZERO;

  @Embedded private ShippingAddress shippingAddress;

  private String carrier;

  @Column(name = "tracking_number")
  private String trackingNumber;

  @Column(name = "payment_reference")
  private String paymentReference;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<OrderItem> items = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  @OrderBy("occurredAt, id")
  private List<OrderEvent> events = new ArrayList<>();

  protected Order() {}

  /** A new pending order; add its lines with {@link #addItem}, then its {@link #shipFor} cost. */
  public static Order place(
      UUID checkoutId, long buyerId, long shopId, ShippingAddress address, OffsetDateTime now) {
    Order order = new Order();
    order.checkoutId = checkoutId;
    order.buyerId = buyerId;
    order.shopId = shopId;
    order.shippingAddress = address;
    order.status = OrderStatus.PENDING;
    order.subtotal = Money.ZERO;
    order.shipping = Money.ZERO;
    order.createdAt = now;
    order.updatedAt = now;
    order.events.add(
        new OrderEvent(order, null, OrderStatus.PENDING, buyerId, "Order placed", now));
    return order;
  }

  public void addItem(long productId, String title, BigDecimal unitPrice, int quantity) {
    OrderItem item = new OrderItem(this, productId, title, unitPrice, quantity);
    items.add(item);
    subtotal = subtotal.add(item.lineTotal());
  }

  /** What the shop charges to send this order to its address. */
  public void shipFor(BigDecimal cost) {
    shipping = cost;
  }

  /**
   * Moves the order on, or refuses with 409 if its life does not allow the move from where it is.
   *
   * @param actorId who moved it (buyer, seller or support), for the timeline
   */
  public void moveTo(OrderStatus target, Long actorId, String note, OffsetDateTime now) {
    requireMove(target);
    events.add(new OrderEvent(this, status, target, actorId, note, now));
    status = target;
    updatedAt = now;
  }

  /**
   * Refuses with 409 a move the order's life does not allow from where it is; a pending order's
   * payment is on its way, which is said as such.
   */
  public void requireMove(OrderStatus target) {
    if (status == OrderStatus.PENDING && target != OrderStatus.PAID) {
      throw new MarketplaceException(
          ProblemType.PAYMENT_IN_FLIGHT,
          "The payment for this order is still being confirmed by the payment provider. It cannot"
              + " be "
              + (target == OrderStatus.REFUNDED ? "refunded" : "changed")
              + " until the payment is settled.",
          Map.of("status", status.name(), "requested", target.name()));
    }
    if (!status.canMoveTo(target)) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "An order that is "
              + status.name().toLowerCase()
              + " cannot become "
              + target.name().toLowerCase()
              + ".",
          Map.of(
              "status",
              status.name(),
              "requested",
              target.name(),
              "allowed",
              status.next().stream().map(Enum::name).toList()));
    }
  }

  public void markPaid(String reference, OffsetDateTime now) {
    moveTo(OrderStatus.PAID, null, "Payment received", now);
    paymentReference = reference;
  }

  public void ship(String carrierName, String tracking, long sellerId, OffsetDateTime now) {
    moveTo(
        OrderStatus.SHIPPED,
        sellerId,
        "Shipped with " + carrierName + ", tracking " + tracking,
        now);
    carrier = carrierName;
    trackingNumber = tracking;
  }

  public Long id() {
    return id;
  }

  public UUID checkoutId() {
    return checkoutId;
  }

  public long buyerId() {
    return buyerId;
  }

  public long shopId() {
    return shopId;
  }

  public OrderStatus status() {
    return status;
  }

  /** The items' sum, shipping not included. */
  public BigDecimal subtotal() {
    return subtotal;
  }

  public BigDecimal shipping() {
    return shipping;
  }

  /** What the buyer pays for this order: items and shipping. */
  public BigDecimal total() {
    return subtotal.add(shipping);
  }

  /** What the buyer paid and did not get back yet: the most that may still be refunded. */
  public BigDecimal refundable() {
    return total().subtract(refunded);
  }

  public BigDecimal refunded() {
    return refunded;
  }

  /**
   * Writes down money given back. Part of the order: the timeline says so and the status stays; the
   * rest of it: the caller ends the order as refunded.
   */
  public void refunded(BigDecimal amount, Long actorId, String note, OffsetDateTime now) {
    refunded = refunded.add(amount);
    if (refundable().signum() > 0) {
      events.add(new OrderEvent(this, status, status, actorId, note, now));
      updatedAt = now;
    }
  }

  /** How many pieces the order holds. */
  public int pieces() {
    return items.stream().mapToInt(OrderItem::quantity).sum();
  }

  public ShippingAddress shippingAddress() {
    return shippingAddress;
  }

  public String carrier() {
    return carrier;
  }

  public String trackingNumber() {
    return trackingNumber;
  }

  public String paymentReference() {
    return paymentReference;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public List<OrderItem> items() {
    return Collections.unmodifiableList(items);
  }

  public List<OrderEvent> timeline() {
    return Collections.unmodifiableList(events);
  }
}
