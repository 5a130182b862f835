package org.handmademarket.checkout.payment;

import jakarta.enterprise.context.ApplicationScoped;
import org.handmademarket.platform.crypto.Sha256;

/**
 * A payment provider for development and tests, in the manner of the big providers' test modes:
 *
 * <ul>
 *   <li>{@value #DECLINED_CARD} is declined (insufficient funds);
 *   <li>{@value #TIMEOUT_CARD} times out;
 *   <li>any other card number is approved.
 * </ul>
 *
 * Refunds of a sandbox charge are always made. Like a real provider, a repeated idempotency key
 * gets the same answer and the same reference: both are derived from the request, so nothing needs
 * remembering.
 */
@ApplicationScoped
public class SandboxPaymentGateway implements PaymentGateway {

  public static final String APPROVED_CARD = "4242424242424242";
  public static final String DECLINED_CARD = "4000000000000002";
  public static final String TIMEOUT_CARD = "4000000000000119";

  private static final String REFERENCE_PREFIX = "sandbox_";

  @Override
  public PaymentResult charge(PaymentRequest request) {
    return switch (request.cardNumber()) {
      case DECLINED_CARD -> new PaymentResult.Declined("Your card has insufficient funds.");
      case TIMEOUT_CARD -> new PaymentResult.TimedOut();
      default ->
          new PaymentResult.Approved(
              REFERENCE_PREFIX + Sha256.hex(request.idempotencyKey()).substring(0, 24));
    };
  }

  @Override
  public RefundResult refund(RefundRequest request) {
    if (!request.chargeReference().startsWith(REFERENCE_PREFIX)) {
      return new RefundResult.Refused("The charge was not made in the sandbox.");
    }
    return new RefundResult.Refunded(
        REFERENCE_PREFIX + "re_" + Sha256.hex(request.idempotencyKey()).substring(0, 24));
  }
}
