package org.handmademarket.payments.provider;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Stripe through its official SDK: one PaymentIntent per checkout, confirmed at once with the
 * payment method Stripe.js made of the card; refunds through the Refund API; shops paid through
 * Connect (Express accounts, transfers); webhooks checked against the endpoint's signing secret.
 * Our idempotency keys are passed on, so that Stripe answers a retry with the first result.
 *
 * <p>A decline and any refusal of the request (4xx) mean nothing was charged. No answer, a rate
 * limit or a Stripe server error (5xx) leave the charge unknown: the checkout waits, and the
 * webhook or a retry with the same key decides it.
 */
public class StripePaymentGateway implements PaymentGateway {

  public static final String NAME = "stripe";

  /** Metadata keys that bring the provider's objects back to ours. */
  static final String CHECKOUT_ID = "checkout_id";

  static final String ORDER_ID = "order_id";

  private final StripeClient client;
  private final StripeSettings settings;

  public StripePaymentGateway(StripeSettings settings) {
    this.settings = settings;
    this.client =
        StripeClient.builder()
            .setApiKey(settings.secretKey())
            .setApiBase(settings.apiBase())
            .setConnectBase(settings.apiBase())
            .setConnectTimeout(settings.timeoutMillis())
            .setReadTimeout(settings.timeoutMillis())
            .setMaxNetworkRetries(settings.networkRetries())
            .build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PaymentResult charge(PaymentRequest request) {
    PaymentIntentCreateParams params =
        PaymentIntentCreateParams.builder()
            .setAmount(StripeAmounts.minorUnits(request.amount()))
            .setCurrency(settings.currency())
            .setPaymentMethod(request.paymentMethodId())
            .addPaymentMethodType("card")
            .setConfirm(true)
            .setDescription(request.description())
            .setTransferGroup("checkout-" + request.checkoutId())
            .putMetadata(CHECKOUT_ID, request.checkoutId().toString())
            .build();
    try {
      PaymentIntent intent =
          client.paymentIntents().create(params, idempotent(request.idempotencyKey()));
      return result(intent);
    } catch (CardException declined) {
      return new PaymentResult.Declined(messageOf(declined, "Your card was declined."));
    } catch (ApiConnectionException | ApiException | RateLimitException | IdempotencyException e) {
      return PaymentResult.Pending.unknown();
    } catch (StripeException refused) {
      // 4xx: Stripe refused the request (e.g. an unknown payment method); nothing was charged.
      return new PaymentResult.Declined(messageOf(refused, "The payment could not be processed."));
    }
  }

  private static PaymentResult result(PaymentIntent intent) {
    return switch (intent.getStatus()) {
      case "succeeded" -> new PaymentResult.Approved(intent.getId());
      case "requires_action" -> new PaymentResult.Pending(intent.getId(), intent.getClientSecret());
      case "requires_payment_method", "canceled" ->
          new PaymentResult.Declined(
              intent.getLastPaymentError() == null
                  ? "The payment was not completed."
                  : intent.getLastPaymentError().getMessage());
      default -> new PaymentResult.Pending(intent.getId(), null);
    };
  }

  @Override
  public RefundResult refund(RefundRequest request) {
    RefundCreateParams params =
        RefundCreateParams.builder()
            .setPaymentIntent(request.chargeReference())
            .setAmount(StripeAmounts.minorUnits(request.amount()))
            .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
            .putMetadata(ORDER_ID, String.valueOf(request.orderId()))
            .build();
    try {
      Refund refund = client.refunds().create(params, idempotent(request.idempotencyKey()));
      if ("failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())) {
        return new RefundResult.Refused(
            "Stripe did not make the refund (" + refund.getStatus() + ").");
      }
      return new RefundResult.Refunded(refund.getId());
    } catch (ApiConnectionException | ApiException | RateLimitException e) {
      throw new IllegalStateException("Stripe did not answer the refund", e);
    } catch (StripeException refused) {
      return new RefundResult.Refused(messageOf(refused, "Stripe refused the refund."));
    }
  }

  @Override
  public ConnectedAccount connect(AccountRequest request) {
    try {
      Account account =
          client
              .accounts()
              .create(
                  AccountCreateParams.builder()
                      .setType(AccountCreateParams.Type.EXPRESS)
                      .setCountry(request.country())
                      .setEmail(request.email())
                      .setCapabilities(
                          AccountCreateParams.Capabilities.builder()
                              .setTransfers(
                                  AccountCreateParams.Capabilities.Transfers.builder()
                                      .setRequested(true)
                                      .build())
                              .build())
                      .putMetadata("shop_id", String.valueOf(request.shopId()))
                      .build(),
                  idempotent("connect-shop-" + request.shopId()));
      AccountLink link =
          client
              .accountLinks()
              .create(
                  AccountLinkCreateParams.builder()
                      .setAccount(account.getId())
                      .setRefreshUrl(request.returnUrl())
                      .setReturnUrl(request.returnUrl())
                      .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                      .build());
      return new ConnectedAccount(NAME, account.getId(), link.getUrl());
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe did not open the account: " + messageOf(e, ""), e);
    }
  }

  @Override
  public TransferResult transfer(TransferRequest request) {
    TransferCreateParams params =
        TransferCreateParams.builder()
            .setAmount(StripeAmounts.minorUnits(request.amount()))
            .setCurrency(settings.currency())
            .setDestination(request.accountId())
            .setDescription(request.description())
            .build();
    try {
      Transfer transfer = client.transfers().create(params, idempotent(request.idempotencyKey()));
      return new TransferResult.Transferred(transfer.getId());
    } catch (ApiConnectionException | ApiException | RateLimitException e) {
      throw new IllegalStateException("Stripe did not answer the transfer", e);
    } catch (StripeException refused) {
      return new TransferResult.Refused(messageOf(refused, "Stripe refused the transfer."));
    }
  }

  @Override
  public ProviderEvent verify(String payload, String signatureHeader) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookRejected("The Stripe-Signature header is missing.");
    }
    Event event;
    try {
      event =
          Webhook.constructEvent(
              payload,
              signatureHeader,
              settings.webhookSecret(),
              settings.webhookToleranceSeconds());
    } catch (SignatureVerificationException e) {
      throw new WebhookRejected("The signature does not match or is too old.");
    } catch (RuntimeException e) {
      throw new WebhookRejected("The body is not a Stripe event.");
    }
    StripeObject object;
    try {
      object = event.getDataObjectDeserializer().deserializeUnsafe();
    } catch (StripeException | RuntimeException e) {
      return new ProviderEvent.Other(event.getId(), event.getType());
    }
    return StripeEvents.read(event.getId(), event.getType(), object);
  }

  private static RequestOptions idempotent(String key) {
    return RequestOptions.builder().setIdempotencyKey(key).build();
  }

  private static String messageOf(StripeException e, String fallback) {
    return e.getStripeError() != null && e.getStripeError().getMessage() != null
        ? e.getStripeError().getMessage()
        : fallback;
  }

  /** The checkout a PaymentIntent was made for, from its metadata. */
  static UUID checkoutOf(Map<String, String> metadata) {
    String id = metadata == null ? null : metadata.get(CHECKOUT_ID);
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static BigDecimal amountOf(Long minorUnits) {
    return minorUnits == null ? null : StripeAmounts.major(minorUnits);
  }
}
