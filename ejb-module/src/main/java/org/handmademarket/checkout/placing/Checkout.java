package org.handmademarket.checkout.placing;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.handmademarket.cart.Carts;
import org.handmademarket.checkout.dashboard.SellerNotifications;
import org.handmademarket.checkout.idempotency.IdempotencyClaim;
import org.handmademarket.checkout.idempotency.IdempotencyClaims;
import org.handmademarket.checkout.orders.OrderSummary;
import org.handmademarket.checkout.payment.OrderPayments;
import org.handmademarket.checkout.payment.PaymentAuthentication;
import org.handmademarket.checkout.payment.PaymentStatus;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.payments.provider.PaymentGateway;
import org.handmademarket.payments.provider.PaymentRequest;
import org.handmademarket.payments.provider.PaymentResult;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.logging.RequestId;
import org.handmademarket.platform.money.Money;

/**
 * Checking out the signed-in buyer's cart, the whole use case for any adapter: claim the
 * Idempotency-Key, replay the first answer to a retry, place the orders in one transaction ({@link
 * OrderPlacement}), charge the buyer once for what they owe after it committed (never inside it: a
 * provider can take seconds, and locks must not wait for it), settle the orders with the answer in
 * a new transaction ({@link OrderPayments}), and store the answer for retries. {@code
 * NOT_SUPPORTED}: this bean itself runs outside any transaction.
 *
 * <p>The key is claimed in Redis before anything runs; the answer (receipt or refusal) is kept for
 * 24 hours. A failure on our side (5xx) gives the key back so that the client may simply retry. The
 * charge's idempotency key is derived from the checkout id, so a retry of the same checkout (after
 * a timeout, or after Redis forgot the key) asks the provider about the same charge and can never
 * charge twice.
 *
 * <p>Metrics: {@code checkout.outcomes} (a counter tagged {@code outcome=success}, {@code
 * sold_out}, {@code payment_declined} or {@code payment_pending}; replays are not counted again)
 * and {@code checkout.payment.latency} (a timer around the provider's answer).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checkout {

  /** The longest Idempotency-Key accepted (the column's size). */
  public static final int MAX_KEY_LENGTH = 255;

  private static final Logger LOG = Logger.getLogger(Checkout.class.getName());
  private static final int PLACED = 201;
  private static final int PAYMENT_PENDING = 202;

  @Inject CurrentUser currentUser;
  @Inject IdempotencyClaims claims;
  @Inject OrderPlacement placement;
  @Inject OrderPayments payments;
  @Inject PaymentGateway gateway;
  @Inject SellerNotifications notifications;
  @Inject CheckoutGate gate;
  @Inject Carts carts;
  @Inject MetricRegistry metrics;

  private static final Jsonb JSONB = JsonbBuilder.create();

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

  /**
   * Checks the caller's cart out once per Idempotency-Key.
   *
   * @throws MarketplaceException 401 anonymous; 400 without a usable key; 503 {@code
   *     payments-unavailable} when no payment provider is configured; 409 {@code
   *     idempotency-key-in-use} while the key's first attempt runs; 422 {@code
   *     idempotency-key-reused} for the key with another request; 503 when Redis is down or too
   *     many checkouts wait ({@link CheckoutGate}). Other refusals are answers ({@link
   *     CheckoutAnswer.Refused}), kept for retries.
   */
  public CheckoutAnswer checkout(String idempotencyKey, CheckoutDetails details) {
    long buyerId = currentUser.requireUserId();
    requireKey(idempotencyKey);
    requirePayments();
    String fingerprint = IdempotencyClaims.fingerprint(buyerId, details.canonical());
    IdempotencyClaim claim = claims.claim(buyerId, idempotencyKey, fingerprint);
    if (claim instanceof IdempotencyClaim.InProgress) {
      throw new MarketplaceException(
          ProblemType.IDEMPOTENCY_KEY_IN_USE,
          "A checkout with this Idempotency-Key is still being processed. Retry in a moment for its result.",
          Map.of(),
          Duration.ofSeconds(1));
    }
    if (claim instanceof IdempotencyClaim.Mismatch) {
      throw OrderPlacement.reused();
    }
    if (claim instanceof IdempotencyClaim.Completed completed) {
      return replay(completed);
    }
    IdempotencyClaim.Acquired acquired = (IdempotencyClaim.Acquired) claim;
    CheckoutAnswer answer;
    try {
      countingSoldOut(() -> placement.refuseWhenSoldOut(buyerId, idempotencyKey));
      answer = gate.through(() -> run(buyerId, idempotencyKey, fingerprint, details));
    } catch (MarketplaceException refusal) {
      if (refusal.type().status() >= 500) {
        claims.release(acquired);
        throw refusal;
      }
      answer = new CheckoutAnswer.Refused(withFreshCart(refusal, details), false);
    } catch (RuntimeException failure) {
      claims.release(acquired);
      throw failure;
    }
    remember(acquired, answer);
    return answer;
  }

  private CheckoutAnswer run(
      long buyerId, String idempotencyKey, String fingerprint, CheckoutDetails details) {
    // Again once admitted: in a rush the stock may have gone while this checkout waited at the
    // gate.
    countingSoldOut(() -> placement.refuseWhenSoldOut(buyerId, idempotencyKey));
    Placement placed =
        countingSoldOut(() -> placement.place(buyerId, idempotencyKey, fingerprint, details));
    if (!placed.payment().awaitsProvider()) {
      replayed.inc();
      return answer(placed);
    }
    PaymentResult result = charge(placed, details.paymentMethodId());
    Placement settled = payments.settle(placed, result);
    switch (settled.payment()) {
      case PAID -> {
        succeeded.inc();
        if (result instanceof PaymentResult.Approved) {
          notifications.ordersPaid(settled.orders().stream().map(OrderSummary::id).toList());
        }
      }
      case DECLINED -> paymentDeclined.inc();
      default -> pending.inc();
    }
    return answer(settled, authentication(result));
  }

  private void countingSoldOut(Runnable step) {
    countingSoldOut(
        () -> {
          step.run();
          return null;
        });
  }

  private <T> T countingSoldOut(Supplier<T> step) {
    try {
      return step.get();
    } catch (MarketplaceException refusal) {
      if (refusal.type() == ProblemType.ITEMS_UNAVAILABLE) {
        soldOut.inc();
      }
      throw refusal;
    }
  }

  /** What a checkout whose charge was decided, or is still unknown, answers. */
  private CheckoutAnswer answer(Placement placed) {
    return answer(placed, null);
  }

  private CheckoutAnswer answer(Placement placed, PaymentAuthentication authentication) {
    if (placed.payment() == PaymentStatus.DECLINED) {
      throw declined(placed);
    }
    return new CheckoutAnswer.Placed(
        receipt(placed, authentication), placed.payment() != PaymentStatus.PAID, false);
  }

  private PaymentAuthentication authentication(PaymentResult result) {
    return result instanceof PaymentResult.Pending pending && pending.authenticationSecret() != null
        ? new PaymentAuthentication(gateway.name(), pending.authenticationSecret())
        : null;
  }

  private void requirePayments() {
    gateway
        .unavailable()
        .ifPresent(
            reason -> {
              throw new MarketplaceException(
                  ProblemType.PAYMENTS_UNAVAILABLE,
                  "Checkout is closed: this marketplace cannot take payments right now. Your cart"
                      + " is kept; please try again later.",
                  Map.of());
            });
  }

  private PaymentResult charge(Placement placed, String paymentMethodId) {
    long started = System.nanoTime();
    try {
      return gateway.charge(
          new PaymentRequest(
              "checkout-" + placed.checkoutId(),
              placed.checkoutId(),
              Money.of(placed.amountDue()),
              paymentMethodId,
              "Handmade Market checkout " + placed.checkoutId()));
    } catch (RuntimeException e) {
      // Whether the provider charged is unknown: like a timeout, the orders wait for confirmation.
      RequestId.log(
          LOG, Level.WARNING, "Payment provider failed for checkout " + placed.checkoutId(), e);
      return PaymentResult.Pending.unknown();
    } finally {
      paymentLatency.update(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static MarketplaceException declined(Placement placed) {
    String reason =
        placed.declineReason() == null ? "The card was declined." : placed.declineReason();
    return new MarketplaceException(
        ProblemType.PAYMENT_DECLINED,
        "Your payment was declined: "
            + reason
            + " Nothing was charged and no order was placed; your cart is as it was.",
        Map.of("checkoutId", placed.checkoutId().toString(), "reason", reason));
  }

  /** A changed total is answered with the cart as it is now, for the buyer to confirm. */
  private MarketplaceException withFreshCart(
      MarketplaceException refusal, CheckoutDetails details) {
    if (refusal.type() != ProblemType.TOTALS_CHANGED) {
      return refusal;
    }
    Map<String, Object> withCart = new LinkedHashMap<>(refusal.details());
    withCart.put("cart", carts.cart(details.address().country()));
    return new MarketplaceException(refusal.type(), refusal.getMessage(), withCart);
  }

  private static CheckoutReceipt receipt(Placement placed, PaymentAuthentication authentication) {
    List<OrderSummary> orders = placed.orders();
    boolean paid = placed.payment() == PaymentStatus.PAID;
    BigDecimal itemTotal = sum(orders, OrderSummary::subtotal);
    BigDecimal shippingTotal = sum(orders, OrderSummary::shipping);
    BigDecimal total = itemTotal.add(shippingTotal);
    return new CheckoutReceipt(
        paid,
        placed.checkoutId().toString(),
        paid ? "APPROVED" : "PENDING",
        orders,
        itemTotal,
        shippingTotal,
        total,
        paid ? total : Money.ZERO,
        authentication);
  }

  private static BigDecimal sum(
      List<OrderSummary> orders, Function<OrderSummary, BigDecimal> amount) {
    return orders.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
  }

  /** Keeps the answer for retries; without Redis the key is released and the database decides. */
  private void remember(IdempotencyClaim.Acquired claim, CheckoutAnswer answer) {
    int status;
    String body;
    if (answer instanceof CheckoutAnswer.Placed placed) {
      status = placed.paymentPending() ? PAYMENT_PENDING : PLACED;
      body = JSONB.toJson(placed.receipt());
    } else {
      MarketplaceException refusal = ((CheckoutAnswer.Refused) answer).refusal();
      status = refusal.type().status();
      body =
          JSON.createObjectBuilder()
              .add("type", refusal.type().slug())
              .add("detail", refusal.getMessage())
              .add(
                  "details",
                  JSON.createReader(new StringReader(JSONB.toJson(refusal.details()))).readObject())
              .build()
              .toString();
    }
    try {
      claims.complete(claim, status, body);
    } catch (MarketplaceException redisDown) {
      // The orders are committed: the answer must reach the client. A retry finds the checkout in
      // the database by its key and answers from the orders.
      LOG.log(Level.WARNING, "Could not store the idempotent answer; releasing the key", redisDown);
      claims.release(claim);
    }
  }

  private CheckoutAnswer replay(IdempotencyClaim.Completed completed) {
    if (completed.status() < 400) {
      return new CheckoutAnswer.Placed(
          JSONB.fromJson(completed.body(), CheckoutReceipt.class),
          completed.status() == PAYMENT_PENDING,
          true);
    }
    JsonObject stored = JSON.createReader(new StringReader(completed.body())).readObject();
    return new CheckoutAnswer.Refused(
        new MarketplaceException(
            ProblemType.ofSlug(stored.getString("type")),
            stored.getString("detail"),
            new LinkedHashMap<>(stored.getJsonObject("details"))),
        true);
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new MarketplaceException(
          ProblemType.IDEMPOTENCY_KEY_REQUIRED,
          "Send a unique Idempotency-Key header (1 to "
              + MAX_KEY_LENGTH
              + " characters, e.g. a UUID) with every checkout.",
          Map.of("header", "Idempotency-Key"));
    }
  }
}
