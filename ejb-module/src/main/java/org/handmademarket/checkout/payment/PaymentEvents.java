package org.handmademarket.checkout.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.handmademarket.checkout.orders.Order;
import org.handmademarket.checkout.orders.OrderStatus;
import org.handmademarket.payments.provider.PaymentResult;
import org.handmademarket.payments.provider.ProviderEvent;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.money.Money;

/**
 * What the payment provider's notifications do, each once: its id is written in the same
 * transaction as its effect, so a redelivery finds it and changes nothing, and an effect that fails
 * leaves it unwritten for the provider to deliver again.
 *
 * <ul>
 *   <li>a payment succeeded (after the buyer authenticated, or after no answer): the checkout is
 *       settled as paid, once, whether the checkout's own answer came first or not; an amount other
 *       than what the checkout owes is refused and moves nothing;
 *   <li>a payment failed: the checkout is settled as declined;
 *   <li>a refund: one we made is already written down; one made at the provider (its dashboard) is
 *       written on the order it names, or spread over the checkout's orders in turn.
 * </ul>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentEvents {

  private static final Logger LOG = Logger.getLogger(PaymentEvents.class.getName());

  @PersistenceContext EntityManager em;

  @Inject OrderPayments payments;
  @Inject OrderRefunds refunds;

  /**
   * Applies the event, once.
   *
   * @return the orders it paid, for their sellers to hear of; empty otherwise
   * @throws MarketplaceException 422 when a payment's amount is not what its checkout owes
   */
  public List<Long> apply(ProviderEvent event) {
    if (!firstTime(event)) {
      return List.of();
    }
    if (event instanceof ProviderEvent.PaymentSucceeded succeeded) {
      return paid(succeeded);
    }
    if (event instanceof ProviderEvent.PaymentFailed failed) {
      if (isOurs(failed.checkoutId())) {
        payments.settle(failed.checkoutId(), new PaymentResult.Declined(failed.reason()));
      }
      return List.of();
    }
    if (event instanceof ProviderEvent.Refunded refunded) {
      refunded(refunded);
    }
    return List.of();
  }

  private List<Long> paid(ProviderEvent.PaymentSucceeded event) {
    if (!isOurs(event.checkoutId())) {
      return List.of();
    }
    BigDecimal due = payments.amountDue(event.checkoutId());
    if (due.signum() > 0 && event.amount() != null && event.amount().compareTo(due) != 0) {
      LOG.severe(
          "Payment "
              + event.reference()
              + " of "
              + event.amount()
              + " does not match checkout "
              + event.checkoutId()
              + ", which owes "
              + due);
      throw new MarketplaceException(
          ProblemType.VALIDATION,
          "The payment's amount is not what the checkout owes; nothing was settled.",
          Map.of("amount", Money.of(event.amount()), "due", due));
    }
    return payments
        .settle(event.checkoutId(), new PaymentResult.Approved(event.reference()))
        .paidNow();
  }

  private void refunded(ProviderEvent.Refunded event) {
    List<Order> orders = chargedWith(event.chargeReference());
    if (orders.isEmpty() || isWrittenDown(event.refundReference())) {
      return;
    }
    BigDecimal left = event.amount();
    for (Order order : orders) {
      if (event.orderId() != null && !event.orderId().equals(order.id())) {
        continue;
      }
      BigDecimal part = left.min(order.refundable());
      if (part.signum() > 0 && order.status().canMoveTo(OrderStatus.REFUNDED)) {
        refunds.record(
            order, part, event.refundReference(), null, "Refunded at the payment provider");
        left = left.subtract(part);
      }
    }
    if (left.signum() > 0) {
      LOG.warning(
          "Refund " + event.refundReference() + " left " + left + " that no order could take");
    }
  }

  /** The orders paid by this charge, locked: a refund we are making waits until it is written. */
  private List<Order> chargedWith(String reference) {
    return em.createQuery(
            "SELECT o FROM ShopOrder o WHERE o.paymentReference = :reference ORDER BY o.id",
            Order.class)
        .setParameter("reference", reference)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  private boolean isWrittenDown(String refundReference) {
    return !em.createNativeQuery("SELECT 1 FROM payments WHERE kind = 'REFUND' AND reference = ?1")
        .setParameter(1, refundReference)
        .getResultList()
        .isEmpty();
  }

  /** Whether the payment is one of our checkouts (a provider account may serve other systems). */
  private boolean isOurs(UUID checkoutId) {
    return checkoutId != null
        && !em.createNativeQuery("SELECT 1 FROM checkouts WHERE id = CAST(?1 AS uuid)")
            .setParameter(1, checkoutId.toString())
            .getResultList()
            .isEmpty();
  }

  private boolean firstTime(ProviderEvent event) {
    return em.createNativeQuery(
                "INSERT INTO payment_provider_events (id, type) VALUES (?1, ?2)"
                    + " ON CONFLICT (id) DO NOTHING")
            .setParameter(1, event.id())
            .setParameter(2, event.type())
            .executeUpdate()
        == 1;
  }
}
