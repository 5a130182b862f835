package org.handmademarket.payments.provider;

import org.handmademarket.platform.crypto.Sha256;

/**
 * A payment provider for development and tests, without any network: it answers the provider's test
 * payment methods ({@link SandboxPaymentMethod}) as the provider's test mode does, and declines any
 * other payment method as unknown. Refunds of a sandbox charge and transfers to a sandbox account
 * are always made. Like a real provider, a repeated idempotency key gets the same answer and the
 * same reference: both are derived from the request, so nothing needs remembering. It sends no
 * webhooks; a payment waiting for authentication is decided through the sandbox's own endpoint
 * instead.
 */
public class SandboxPaymentGateway implements PaymentGateway {

  public static final String NAME = "sandbox";

  private static final String REFERENCE_PREFIX = "sandbox_";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PaymentResult charge(PaymentRequest request) {
    SandboxPaymentMethod method = SandboxPaymentMethod.of(request.paymentMethodId()).orElse(null);
    if (method == null) {
      return new PaymentResult.Declined("The payment method is unknown.");
    }
    String reference = paymentReference(request.idempotencyKey());
    return switch (method) {
      case APPROVED -> new PaymentResult.Approved(reference);
      case DECLINED -> new PaymentResult.Declined("Your card has insufficient funds.");
      case AUTHENTICATION_REQUIRED -> new PaymentResult.Pending(reference, reference + "_secret");
      case NO_ANSWER -> PaymentResult.Pending.unknown();
    };
  }

  @Override
  public RefundResult refund(RefundRequest request) {
    if (!request.chargeReference().startsWith(REFERENCE_PREFIX)) {
      return new RefundResult.Refused("The charge was not made in the sandbox.");
    }
    return new RefundResult.Refunded(reference("re_", request.idempotencyKey()));
  }

  @Override
  public ConnectedAccount connect(AccountRequest request) {
    return new ConnectedAccount(NAME, reference("acct_", "shop-" + request.shopId()), null);
  }

  @Override
  public TransferResult transfer(TransferRequest request) {
    if (!request.accountId().startsWith(REFERENCE_PREFIX)) {
      return new TransferResult.Refused("The account is not a sandbox account.");
    }
    return new TransferResult.Transferred(reference("tr_", request.idempotencyKey()));
  }

  @Override
  public ProviderEvent verify(String payload, String signatureHeader) {
    throw new WebhookRejected("The sandbox sends no webhooks.");
  }

  /** The sandbox's reference of the charge made with this idempotency key. */
  public static String paymentReference(String idempotencyKey) {
    return reference("pi_", idempotencyKey);
  }

  private static String reference(String kind, String key) {
    return REFERENCE_PREFIX + kind + Sha256.hex(key).substring(0, 24);
  }
}
