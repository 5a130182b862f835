package org.handmademarket.checkout;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.handmademarket.checkout.idempotency.IdempotencyClaims;
import org.handmademarket.checkout.payment.PaymentGateway;
import org.handmademarket.checkout.payment.PaymentRequest;
import org.handmademarket.checkout.payment.PaymentResult;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.logging.RequestId;

/**
 * The checkout of the signed-in buyer's cart: the orders are placed in one transaction ({@link
 * OrderPlacement}), the buyer is charged once for the total after it committed (never inside it: a
 * provider can take seconds, and locks must not wait for it), and the answer moves the orders on in
 * a new transaction. {@code NOT_SUPPORTED}: this bean itself must run outside any transaction.
 *
 * <p>The charge's idempotency key is derived from the checkout id, so a retry of the same checkout
 * (after a timeout, or after Redis forgot the key) asks the provider about the same charge and can
 * never charge twice.
 *
 * <p>Metrics: {@code checkout.outcomes} (a counter tagged {@code outcome=success}, {@code
 * sold_out}, {@code payment_declined} or {@code payment_pending}; replays are not counted again)
 * and {@code checkout.payment.latency} (a timer around the provider's answer).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checkout {

  private static final Logger LOG = Logger.getLogger(Checkout.class.getName());

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject OrderPlacement placement;
  @Inject OrderPayments payments;
  @Inject PaymentGateway gateway;
  @Inject SellerNotifications notifications;
  @Inject CheckoutGate gate;
  @Inject MetricRegistry metrics;

  private Counter succeeded;
  private Counter soldOut;
  private Counter paymentDeclined;
  private Counter pending;
  private Counter replayed;
  private Timer paymentLatency;

  @PostConstruct
  void metrics() {
    Metadata outcomes =
        Metadata.builder()
            .withName("checkout.outcomes")
            .withDescription(
                "Checkouts by how they ended: success, sold_out, payment_declined, payment_pending")
            .build();
    succeeded = metrics.counter(outcomes, new Tag("outcome", "success"));
    soldOut = metrics.counter(outcomes, new Tag("outcome", "sold_out"));
    paymentDeclined = metrics.counter(outcomes, new Tag("outcome", "payment_declined"));
    pending = metrics.counter(outcomes, new Tag("outcome", "payment_pending"));
    replayed = metrics.counter(IdempotencyClaims.REPLAYS, new Tag("source", "database"));
    paymentLatency =
        metrics.timer(
            Metadata.builder()
                .withName("checkout.payment.latency")
                .withDescription(
                    "Time the payment provider took to answer a charge (timeouts and failures included)")
                .withUnit(MetricUnits.NANOSECONDS)
                .build());
  }

  /** The buyer, or 401 before anything else happens. */
  public long buyer() {
    return currentUser.requireUserId();
  }

  /**
   * @param fingerprint the request's digest (see {@code IdempotencyClaims.fingerprint}), stored
   *     with the checkout so that a reused key with another body is refused even without Redis
   * @throws MarketplaceException 402 {@code payment-declined} (orders cancelled, stock back), 409
   *     and 422 from {@link OrderPlacement#place}, 503 when too many checkouts wait ({@link
   *     CheckoutGate})
   */
  public CheckoutOutcome checkout(
      String idempotencyKey, String fingerprint, CheckoutDetails details) {
    long buyerId = currentUser.requireUserId();
    return gate.through(() -> run(buyerId, idempotencyKey, fingerprint, details));
  }

  private CheckoutOutcome run(
      long buyerId, String idempotencyKey, String fingerprint, CheckoutDetails details) {
    Placement placed;
    try {
      placed = placement.place(buyerId, idempotencyKey, fingerprint, details.address());
    } catch (MarketplaceException refusal) {
      if (refusal.type() == ProblemType.ITEMS_UNAVAILABLE) {
        soldOut.inc();
      }
      throw refusal;
    }
    if (placed.isNew()) {
      notifications.ordersPlaced(placed.orderIds());
    }
    List<Order> orders = orders(placed.checkoutId());
    if (!placed.isNew()
        && orders.stream().noneMatch(order -> order.status() == OrderStatus.PENDING)) {
      replayed.inc();
      return settled(placed, orders);
    }

    PaymentResult result = charge(placed, details.cardNumber());
    if (result instanceof PaymentResult.Approved approved) {
      payments.paid(placed.checkoutId(), approved.reference());
      succeeded.inc();
      return new CheckoutOutcome(false, receipt(placed, orders(placed.checkoutId())));
    }
    if (result instanceof PaymentResult.Declined declined) {
      payments.declined(placed.checkoutId(), declined.reason());
      paymentDeclined.inc();
      throw declined(placed, declined.reason());
    }
    pending.inc();
    return new CheckoutOutcome(true, receipt(placed, orders));
  }

  /** A repeated checkout whose charge was decided already: answer what it came to. */
  private CheckoutOutcome settled(Placement placed, List<Order> orders) {
    boolean declined =
        orders.stream()
            .allMatch(
                order ->
                    order.status() == OrderStatus.CANCELLED
                        && order.timeline().stream()
                            .anyMatch(
                                event -> event.note().startsWith(OrderPayments.DECLINED_NOTE)));
    if (declined) {
      throw declined(placed, "The card was declined.");
    }
    return new CheckoutOutcome(false, receipt(placed, orders));
  }

  private PaymentResult charge(Placement placed, String cardNumber) {
    long started = System.nanoTime();
    try {
      return gateway.charge(
          new PaymentRequest(
              "checkout-" + placed.checkoutId(),
              placed.total(),
              cardNumber,
              "Handmade Market checkout " + placed.checkoutId()));
    } catch (RuntimeException e) {
      // Whether the provider charged is unknown: like a timeout, the orders wait for confirmation.
      RequestId.log(
          LOG, Level.WARNING, "Payment provider failed for checkout " + placed.checkoutId(), e);
      return new PaymentResult.TimedOut();
    } finally {
      paymentLatency.update(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static MarketplaceException declined(Placement placed, String reason) {
    return new MarketplaceException(
        ProblemType.PAYMENT_DECLINED,
        "Your payment was declined: " + reason + " Nothing was charged and no order was placed.",
        Map.of("checkoutId", placed.checkoutId().toString(), "reason", reason));
  }

  private List<Order> orders(UUID checkoutId) {
    return em.createQuery(
            "SELECT o FROM ShopOrder o WHERE o.checkoutId = :checkout ORDER BY o.id", Order.class)
        .setParameter("checkout", checkoutId)
        .getResultList();
  }

  private CheckoutReceipt receipt(Placement placed, List<Order> orders) {
    Map<Long, String> shopNames =
        ShopNames.of(em, orders.stream().map(Order::shopId).distinct().toList());
    List<OrderSummary> summaries =
        orders.stream()
            .map(
                order ->
                    new OrderSummary(
                        order.id(),
                        order.shopId(),
                        shopNames.get(order.shopId()),
                        order.status().name(),
                        Money.of(order.subtotal()),
                        order.items().stream().map(OrderLineView::of).toList()))
            .toList();
    boolean paid =
        orders.stream()
            .allMatch(
                order ->
                    order.status() != OrderStatus.PENDING
                        && order.status() != OrderStatus.CANCELLED);
    BigDecimal total = Money.of(placed.total());
    return new CheckoutReceipt(
        paid,
        placed.checkoutId().toString(),
        paid ? "APPROVED" : "PENDING",
        summaries,
        total,
        paid ? total : Money.ZERO);
  }
}
