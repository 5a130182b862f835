package org.handmademarket.checkout.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.handmademarket.checkout.dashboard.SellerNotifications;
import org.handmademarket.payments.provider.PaymentGateway;
import org.handmademarket.payments.provider.ProviderEvent;
import org.handmademarket.payments.provider.WebhookRejected;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Receives the payment provider's notifications: checks the signature and age, applies the event
 * once ({@link PaymentEvents}), and tells the sellers of orders it paid after that committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentWebhook {

  @Inject PaymentGateway gateway;
  @Inject PaymentEvents events;
  @Inject SellerNotifications notifications;

  /**
   * @throws MarketplaceException 400 {@code webhook-rejected} for a bad or old signature
   */
  public void receive(String payload, String signatureHeader) {
    ProviderEvent event;
    try {
      event = gateway.verify(payload, signatureHeader);
    } catch (WebhookRejected rejected) {
      throw new MarketplaceException(ProblemType.WEBHOOK_REJECTED, rejected.getMessage(), Map.of());
    }
    List<Long> paid = events.apply(event);
    if (!paid.isEmpty()) {
      notifications.ordersPaid(paid);
    }
  }
}
