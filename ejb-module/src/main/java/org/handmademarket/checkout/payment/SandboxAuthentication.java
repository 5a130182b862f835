package org.handmademarket.checkout.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.handmademarket.checkout.dashboard.SellerNotifications;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.payments.provider.PaymentGateway;
import org.handmademarket.payments.provider.ProviderEvent;
import org.handmademarket.payments.provider.SandboxPaymentGateway;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * The sandbox's stand-in for the provider's authentication page (3-D Secure): the buyer approves or
 * fails a payment that waits for them, and the sandbox notifies the marketplace as the provider
 * would, through the same path as a webhook ({@link PaymentEvents}). Exists only while the sandbox
 * is the provider; a checkout of another buyer is not found.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxAuthentication {

  @PersistenceContext EntityManager em;

  @Inject PaymentGateway gateway;
  @Inject CurrentUser currentUser;
  @Inject PaymentEvents events;
  @Inject SellerNotifications notifications;

  /**
   * @return where the checkout's payment stands afterwards
   * @throws MarketplaceException 401 anonymous, 404 without the sandbox or for another buyer's
   *     checkout
   */
  public PaymentStatus authenticate(UUID checkoutId, boolean approved) {
    long buyerId = currentUser.requireUserId();
    if (!SandboxPaymentGateway.NAME.equals(gateway.name()) || !isBuyers(checkoutId, buyerId)) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND,
          "No payment of yours waits for authentication here.",
          Map.of("checkoutId", checkoutId.toString()));
    }
    String eventId = "sandbox_evt_" + checkoutId;
    String reference = SandboxPaymentGateway.paymentReference("checkout-" + checkoutId);
    ProviderEvent event =
        approved
            ? new ProviderEvent.PaymentSucceeded(
                eventId, "payment_intent.succeeded", checkoutId, reference, null)
            : new ProviderEvent.PaymentFailed(
                eventId,
                "payment_intent.payment_failed",
                checkoutId,
                reference,
                "The payment was not authenticated.");
    List<Long> paid = events.apply(event);
    if (!paid.isEmpty()) {
      notifications.ordersPaid(paid);
    }
    return PaymentStatus.valueOf(
        (String)
            em.createNativeQuery("SELECT payment_status FROM checkouts WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, checkoutId.toString())
                .getSingleResult());
  }

  private boolean isBuyers(UUID checkoutId, long buyerId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM checkouts WHERE id = CAST(?1 AS uuid) AND user_id = ?2")
        .setParameter(1, checkoutId.toString())
        .setParameter(2, buyerId)
        .getResultList()
        .isEmpty();
  }
}
