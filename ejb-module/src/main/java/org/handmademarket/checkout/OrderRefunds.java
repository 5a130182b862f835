package org.handmademarket.checkout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.checkout.payment.PaymentGateway;
import org.handmademarket.checkout.payment.RefundRequest;
import org.handmademarket.checkout.payment.RefundResult;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.logging.RequestId;

/**
 * Gives a paid order's money back through the payment provider, then ends the order as refunded.
 * Runs in the caller's transaction, which holds the order's row lock: the provider is asked while
 * the lock is held so that two refunds of one order cannot both go out (the provider's idempotency
 * key, one per order, guards the same from its side). A refund the provider does not make leaves
 * the order as it was (502).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderRefunds {

  private static final Logger LOG = Logger.getLogger(OrderRefunds.class.getName());

  @PersistenceContext EntityManager em;

  @Inject PaymentGateway gateway;
  @Inject OrderLifecycle lifecycle;

  /**
   * @param order locked by the caller
   * @throws MarketplaceException 409 {@code payment-in-flight} for a pending order, 409 for an
   *     order that cannot be refunded, 502 {@code refund-failed}
   */
  public void refund(Order order, Long actorId, String note) {
    order.requireMove(OrderStatus.REFUNDED);
    RefundResult result;
    try {
      result =
          gateway.refund(
              new RefundRequest(
                  "refund-order-" + order.id(), order.paymentReference(), order.total(), note));
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
    em.createNativeQuery(
            "INSERT INTO payments (checkout_id, order_id, kind, amount, reference)"
                + " VALUES (CAST(?1 AS uuid), ?2, 'REFUND', ?3, ?4)")
        .setParameter(1, order.checkoutId().toString())
        .setParameter(2, order.id())
        .setParameter(3, order.total())
        .setParameter(4, ((RefundResult.Refunded) result).reference())
        .executeUpdate();
    lifecycle.end(order, OrderStatus.REFUNDED, actorId, note);
  }
}
