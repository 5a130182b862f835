package org.handmademarket.checkout.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.checkout.orders.Order;
import org.handmademarket.checkout.orders.OrderLifecycle;
import org.handmademarket.checkout.orders.OrderStatus;
import org.handmademarket.payments.ledger.Ledger;
import org.handmademarket.payments.provider.PaymentGateway;
import org.handmademarket.payments.provider.RefundRequest;
import org.handmademarket.payments.provider.RefundResult;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.logging.RequestId;
import org.handmademarket.platform.money.Money;

/**
 * Gives a paid order's money back, all of it or part, through the payment provider; the order ends
 * refunded when nothing of it is left. Runs in the caller's transaction, which holds the order's
 * row lock: the provider is asked while the lock is held so that two refunds of one order cannot
 * both go out. The provider's idempotency key is made of the order and what was refunded of it
 * before, so a retry after an unanswered refund asks about the same refund. Every refund is written
 * to {@code payments} and booked in the ledger with the marketplace's fee given back in proportion.
 * A refund the provider does not make leaves the order as it was (502).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderRefunds {

  private static final Logger LOG = Logger.getLogger(OrderRefunds.class.getName());

  @PersistenceContext EntityManager em;

  @Inject PaymentGateway gateway;
  @Inject OrderLifecycle lifecycle;
  @Inject Ledger ledger;

  /** Refunds what is left of the order and ends it as refunded. */
  public void refund(Order order, Long actorId, String note) {
    order.requireMove(OrderStatus.REFUNDED);
    refund(order, order.refundable(), actorId, note);
  }

  /**
   * @param order locked by the caller
   * @param amount at most what is left of the order
   * @throws MarketplaceException 409 {@code payment-in-flight} for a pending order, 409 for an
   *     order that cannot be refunded, 422 {@code refund-exceeds-payment}, 502 {@code
   *     refund-failed}
   */
  public void refund(Order order, BigDecimal amount, Long actorId, String note) {
    order.requireMove(OrderStatus.REFUNDED);
    if (amount.signum() <= 0 || amount.compareTo(order.refundable()) > 0) {
      throw new MarketplaceException(
          ProblemType.REFUND_EXCEEDS_PAYMENT,
          "A refund must be more than 0.00 and at most the "
              + Money.of(order.refundable())
              + " left of this order's payment.",
          Map.of("amount", Money.of(amount), "refundable", Money.of(order.refundable())));
    }
    RefundResult result;
    try {
      result =
          gateway.refund(
              new RefundRequest(
                  "refund-order-" + order.id() + "-after-" + Money.of(order.refunded()),
                  order.paymentReference(),
                  order.id(),
                  amount,
                  note));
    } catch (RuntimeException e) {
      RequestId.log(LOG, Level.WARNING, "Payment provider failed to refund order " + order.id(), e);
      result = new RefundResult.Refused("The payment provider could not be reached.");
    }
    if (result instanceof RefundResult.Refused refused) {
      throw new MarketplaceException(
          ProblemType.REFUND_FAILED,
          "The refund was not made: "
              + refused.reason()
              + " The order is unchanged; try again later.",
          Map.of("reason", refused.reason()));
    }
    record(order, amount, ((RefundResult.Refunded) result).reference(), actorId, note);
  }

  /**
   * Writes down a refund the provider made: in {@code payments}, in the ledger and on the order.
   */
  void record(Order order, BigDecimal amount, String reference, Long actorId, String note) {
    em.createNativeQuery(
            "INSERT INTO payments (checkout_id, order_id, kind, amount, reference, reason)"
                + " VALUES (CAST(?1 AS uuid), ?2, 'REFUND', ?3, ?4, ?5)")
        .setParameter(1, order.checkoutId().toString())
        .setParameter(2, order.id())
        .setParameter(3, amount)
        .setParameter(4, reference)
        .setParameter(5, note)
        .executeUpdate();
    ledger.refund(order.checkoutId(), reference, order.id(), amount, note);
    boolean whole = amount.compareTo(order.refundable()) == 0;
    order.refunded(
        amount,
        actorId,
        "Refunded " + Money.of(amount) + ": " + note,
        OffsetDateTime.now(ZoneOffset.UTC));
    if (whole) {
      lifecycle.end(order, OrderStatus.REFUNDED, actorId, note);
    }
  }
}
