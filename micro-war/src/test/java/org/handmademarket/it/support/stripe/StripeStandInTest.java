package org.handmademarket.it.support.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The stand-in driven by Stripe's own SDK, as the payment gateway will drive it. */
class StripeStandInTest {

  private static final String SECRET_KEY = "sk_test_standin";
  private static final String WEBHOOK_SECRET = "whsec_standin";

  private StripeStandIn standIn;
  private StripeClient stripe;

  @BeforeEach
  void start() throws Exception {
    standIn = StripeStandIn.start(SECRET_KEY, WEBHOOK_SECRET);
    stripe = client(SECRET_KEY, Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pm_card_visa", "pm_card_mastercard"})
  void aCardThatPaysSucceedsAtOnce(String paymentMethod) throws StripeException {
    PaymentIntent intent = stripe.paymentIntents().create(payment(2500, paymentMethod));

    assertEquals("succeeded", intent.getStatus());
    assertEquals(2500L, intent.getAmount());
    assertEquals(2500L, intent.getAmountReceived());
    assertEquals("eur", intent.getCurrency());
    assertEquals("checkout-7", intent.getMetadata().get("checkout_id"));
    assertTrue(intent.getId().startsWith("pi_"), intent.getId());
    assertTrue(intent.getLatestCharge().startsWith("ch_"), intent.getLatestCharge());
    assertTrue(intent.getClientSecret().startsWith(intent.getId() + "_secret_"));
    assertTrue(intent.getPaymentMethod().startsWith("pm_"));
    assertNotEquals(paymentMethod, intent.getPaymentMethod(), "a test token becomes a new method");
    assertEquals(intent.getId(), stripe.paymentIntents().retrieve(intent.getId()).getId());
    assertEquals(1, standIn.created("payment_intent"));
    assertEquals("checkout-7", standIn.requests().get(0).params().get("metadata[checkout_id]"));
    assertEquals(List.of(), standIn.contractViolations());
  }

  @ParameterizedTest
  @CsvSource({
    "pm_card_chargeDeclined, generic_decline, Your card was declined.",
    "pm_card_chargeDeclinedInsufficientFunds, insufficient_funds, Your card has insufficient funds."
  })
  void aDeclinedCardIsACardErrorAndTheIntentWaitsForAnotherMethod(
      String paymentMethod, String declineCode, String message) {
    CardException declined =
        assertThrows(
            CardException.class,
            () -> stripe.paymentIntents().create(payment(2500, paymentMethod)));

    assertEquals(402, declined.getStatusCode());
    assertEquals("card_declined", declined.getCode());
    assertEquals(declineCode, declined.getDeclineCode());
    assertEquals(message, declined.getStripeError().getMessage());
    PaymentIntent intent = declined.getStripeError().getPaymentIntent();
    assertEquals("requires_payment_method", intent.getStatus());
    assertEquals(declineCode, intent.getLastPaymentError().getDeclineCode());
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void aCardThatNeedsAuthenticationWaitsForItAndThenSucceeds() throws StripeException {
    PaymentIntent intent =
        stripe.paymentIntents().create(payment(2500, "pm_card_authenticationRequired"));

    assertEquals("requires_action", intent.getStatus());
    assertEquals("use_stripe_sdk", intent.getNextAction().getType());
    assertNotNull(intent.getClientSecret());

    standIn.completeAuthentication(intent.getId());

    PaymentIntent authenticated = stripe.paymentIntents().retrieve(intent.getId());
    assertEquals("succeeded", authenticated.getStatus());
    assertNotNull(authenticated.getLatestCharge());
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void aCardThatNeedsAuthenticationIsDeclinedWhenTheCallerCannotAuthenticate() {
    PaymentIntentCreateParams offSession =
        PaymentIntentCreateParams.builder()
            .setAmount(2500L)
            .setCurrency("eur")
            .setPaymentMethod("pm_card_authenticationRequired")
            .setConfirm(true)
            .addPaymentMethodType("card")
            .setErrorOnRequiresAction(true)
            .build();

    CardException declined =
        assertThrows(CardException.class, () -> stripe.paymentIntents().create(offSession));

    assertEquals("authentication_required", declined.getCode());
    assertEquals(
        "requires_payment_method", declined.getStripeError().getPaymentIntent().getStatus());
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void anUnknownPaymentMethodIsMissingAndCreatesNoIntent() {
    InvalidRequestException missing =
        assertThrows(
            InvalidRequestException.class,
            () -> stripe.paymentIntents().create(payment(2500, "pm_card_made_up")));

    assertEquals("resource_missing", missing.getCode());
    assertEquals("payment_method", missing.getParam());
    assertEquals(0, standIn.created("payment_intent"));
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void confirmingWithRedirectingMethodsAllowedNeedsAReturnUrl() {
    PaymentIntentCreateParams withoutReturnUrl =
        PaymentIntentCreateParams.builder()
            .setAmount(2500L)
            .setCurrency("eur")
            .setPaymentMethod("pm_card_visa")
            .setConfirm(true)
            .build();

    InvalidRequestException refused =
        assertThrows(
            InvalidRequestException.class, () -> stripe.paymentIntents().create(withoutReturnUrl));

    assertEquals("return_url", refused.getParam());
    assertEquals(0, standIn.created("payment_intent"));
  }

  @Test
  void theSameIdempotencyKeyReplaysTheFirstAnswerAndChargesOnce() throws StripeException {
    RequestOptions key = RequestOptions.builder().setIdempotencyKey("checkout-7-attempt-1").build();

    PaymentIntent first = stripe.paymentIntents().create(payment(2500, "pm_card_visa"), key);
    PaymentIntent again = stripe.paymentIntents().create(payment(2500, "pm_card_visa"), key);

    assertEquals(first.getId(), again.getId());
    assertEquals(1, standIn.created("payment_intent"));
    assertEquals(
        "true", again.getLastResponse().headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals("checkout-7-attempt-1", standIn.requests().get(1).idempotencyKey());
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void aDeclineIsReplayedToo() {
    RequestOptions key = RequestOptions.builder().setIdempotencyKey("checkout-8").build();

    CardException first =
        assertThrows(
            CardException.class,
            () -> stripe.paymentIntents().create(payment(2500, "pm_card_chargeDeclined"), key));
    CardException again =
        assertThrows(
            CardException.class,
            () -> stripe.paymentIntents().create(payment(2500, "pm_card_chargeDeclined"), key));

    assertEquals(
        first.getStripeError().getPaymentIntent().getId(),
        again.getStripeError().getPaymentIntent().getId());
    assertEquals(1, standIn.created("payment_intent"));
  }

  @Test
  void anIdempotencyKeyReusedWithOtherParametersIsRefused() throws StripeException {
    RequestOptions key = RequestOptions.builder().setIdempotencyKey("checkout-9").build();
    stripe.paymentIntents().create(payment(2500, "pm_card_visa"), key);

    assertThrows(
        IdempotencyException.class,
        () -> stripe.paymentIntents().create(payment(2600, "pm_card_visa"), key));

    assertEquals(1, standIn.created("payment_intent"));
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void refundsNeverAddUpToMoreThanTheIntent() throws StripeException {
    PaymentIntent intent = stripe.paymentIntents().create(payment(2500, "pm_card_visa"));

    Refund part = stripe.refunds().create(refund(intent.getId(), 1000L));
    InvalidRequestException tooLarge =
        assertThrows(
            InvalidRequestException.class,
            () -> stripe.refunds().create(refund(intent.getId(), 1501L)));
    Refund rest = stripe.refunds().create(refund(intent.getId(), null));
    InvalidRequestException already =
        assertThrows(
            InvalidRequestException.class,
            () -> stripe.refunds().create(refund(intent.getId(), 1L)));

    assertEquals("succeeded", part.getStatus());
    assertTrue(part.getId().startsWith("re_"), part.getId());
    assertEquals(intent.getId(), part.getPaymentIntent());
    assertEquals("requested_by_customer", part.getReason());
    assertEquals("amount_too_large", tooLarge.getCode());
    assertEquals(1500L, rest.getAmount());
    assertEquals("charge_already_refunded", already.getCode());
    assertEquals(2, standIn.created("refund"));
    assertTrue(standIn.refundJson(part.getId()).contains("\"amount\":1000"));
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void anIntentThatHasNotSucceededCannotBeRefunded() throws StripeException {
    PaymentIntent waiting =
        stripe.paymentIntents().create(payment(2500, "pm_card_authenticationRequired"));

    InvalidRequestException refused =
        assertThrows(
            InvalidRequestException.class,
            () -> stripe.refunds().create(refund(waiting.getId(), null)));

    assertEquals("payment_intent_unexpected_state", refused.getCode());
    assertEquals(0, standIn.created("refund"));
  }

  @Test
  void transfersGoOnlyToOnboardedAccountsOfThePlatform() throws StripeException {
    Account shop = stripe.accounts().create(expressAccount());

    InvalidRequestException unknown =
        assertThrows(
            InvalidRequestException.class,
            () -> stripe.transfers().create(transfer("acct_1NotOfThisPlatform")));
    InvalidRequestException notOnboarded =
        assertThrows(
            InvalidRequestException.class, () -> stripe.transfers().create(transfer(shop.getId())));
    standIn.completeOnboarding(shop.getId());
    Transfer paid = stripe.transfers().create(transfer(shop.getId()));
    PaymentIntent sale = stripe.paymentIntents().create(payment(2500, "pm_card_visa"));
    Transfer fromSale =
        stripe
            .transfers()
            .create(
                TransferCreateParams.builder()
                    .setAmount(940L)
                    .setCurrency("eur")
                    .setDestination(shop.getId())
                    .setSourceTransaction(sale.getLatestCharge())
                    .build());
    InvalidRequestException unknownSource =
        assertThrows(
            InvalidRequestException.class,
            () ->
                stripe
                    .transfers()
                    .create(
                        TransferCreateParams.builder()
                            .setAmount(940L)
                            .setCurrency("eur")
                            .setDestination(shop.getId())
                            .setSourceTransaction("ch_1NotACharge")
                            .build()));

    assertTrue(shop.getId().startsWith("acct_"), shop.getId());
    assertEquals("inactive", shop.getCapabilities().getTransfers());
    assertEquals("resource_missing", unknown.getCode());
    assertEquals("destination", unknown.getParam());
    assertEquals("insufficient_capabilities_for_transfer", notOnboarded.getCode());
    assertEquals(shop.getId(), paid.getDestination());
    assertEquals(940L, paid.getAmount());
    assertEquals("order-3", paid.getTransferGroup());
    assertEquals(1, standIn.created("account"));
    assertEquals(sale.getLatestCharge(), fromSale.getSourceTransaction());
    assertEquals("source_transaction", unknownSource.getParam());
    assertEquals(2, standIn.created("transfer"));
    assertTrue(standIn.transferJson(paid.getId()).contains("\"transfer_group\":\"order-3\""));
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void anAccountLinkOnboardsItsAccountOnceAndThenLeadsToItsRefreshUrl() throws Exception {
    Account shop = stripe.accounts().create(expressAccount());
    AccountLink link =
        stripe
            .accountLinks()
            .create(
                AccountLinkCreateParams.builder()
                    .setAccount(shop.getId())
                    .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                    .setRefreshUrl("https://market.example/payouts/refresh")
                    .setReturnUrl("https://market.example/payouts/done")
                    .build());
    HttpClient browser = HttpClient.newBuilder().followRedirects(Redirect.NEVER).build();
    HttpRequest visit = HttpRequest.newBuilder(URI.create(link.getUrl())).build();

    HttpResponse<Void> first = browser.send(visit, BodyHandlers.discarding());
    HttpResponse<Void> second = browser.send(visit, BodyHandlers.discarding());

    assertEquals(302, first.statusCode());
    assertEquals(
        "https://market.example/payouts/done", first.headers().firstValue("Location").orElse(null));
    assertEquals(
        "https://market.example/payouts/refresh",
        second.headers().firstValue("Location").orElse(null));
    Account onboarded = stripe.accounts().retrieve(shop.getId());
    assertEquals("active", onboarded.getCapabilities().getTransfers());
    assertTrue(onboarded.getPayoutsEnabled());
    assertTrue(standIn.accountJson(shop.getId()).contains("\"transfers\":\"active\""));
    assertEquals(List.of(), standIn.contractViolations());
  }

  @Test
  void aStalledIntentTimesTheClientOutAndIsCreatedAllTheSame() throws Exception {
    StripeClient impatient = client(SECRET_KEY, Duration.ofMillis(300));
    RequestOptions key = RequestOptions.builder().setIdempotencyKey("checkout-10").build();
    standIn.stall(Duration.ofMillis(1500));

    assertThrows(
        ApiConnectionException.class,
        () -> impatient.paymentIntents().create(payment(2500, "pm_card_visa"), key));

    StripeException stillRunning =
        assertThrows(
            StripeException.class,
            () -> stripe.paymentIntents().create(payment(2500, "pm_card_visa"), key));
    assertEquals(409, stillRunning.getStatusCode());
    assertEquals("idempotency_key_in_use", stillRunning.getCode());
    standIn.stall(Duration.ZERO);
    awaitRequests(2);
    PaymentIntent retried = stripe.paymentIntents().create(payment(2500, "pm_card_visa"), key);
    assertEquals("succeeded", retried.getStatus());
    assertEquals(1, standIn.created("payment_intent"));
  }

  @Test
  void aParameterStripeDoesNotKnowIsAViolation() {
    PaymentIntentCreateParams withUnknown =
        PaymentIntentCreateParams.builder()
            .setAmount(2500L)
            .setCurrency("eur")
            .putExtraParam("colour", "red")
            .build();

    InvalidRequestException refused =
        assertThrows(
            InvalidRequestException.class, () -> stripe.paymentIntents().create(withUnknown));

    assertEquals("parameter_unknown", refused.getCode());
    assertEquals("colour", refused.getParam());
    assertEquals(1, standIn.contractViolations().size(), standIn.contractViolations().toString());
    assertTrue(standIn.contractViolations().get(0).contains("colour"));
    assertEquals(0, standIn.created("payment_intent"));
  }

  @Test
  void missingRequiredAndMistypedParametersAreViolations() {
    PaymentIntentCreateParams wrong =
        PaymentIntentCreateParams.builder()
            .setAmount(-5L)
            .setCurrency("EUR")
            .putExtraParam("confirm", "yes")
            .build();
    RefundCreateParams noIntent = RefundCreateParams.builder().setAmount(100L).build();

    assertThrows(InvalidRequestException.class, () -> stripe.paymentIntents().create(wrong));
    assertThrows(InvalidRequestException.class, () -> stripe.refunds().create(noIntent));

    String violations = String.join("\n", standIn.contractViolations());
    assertTrue(
        violations.contains("amount: This value must be greater than or equal to 1."), violations);
    assertTrue(violations.contains("currency: Invalid currency: EUR"), violations);
    assertTrue(violations.contains("confirm: Invalid boolean: yes"), violations);
    assertTrue(violations.contains("Missing required param: payment_intent."), violations);
  }

  @Test
  void aParameterTheStandInDoesNotSimulateIsAViolation() {
    PaymentIntentCreateParams manualCapture =
        PaymentIntentCreateParams.builder()
            .setAmount(2500L)
            .setCurrency("eur")
            .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
            .build();

    assertThrows(
        InvalidRequestException.class, () -> stripe.paymentIntents().create(manualCapture));

    assertTrue(
        standIn.contractViolations().get(0).contains("capture_method"),
        standIn.contractViolations().toString());
  }

  @Test
  void aWrongSecretKeyIsUnauthorised() {
    StripeClient stranger = client("sk_test_someone_else", Duration.ofSeconds(10));

    AuthenticationException refused =
        assertThrows(
            AuthenticationException.class,
            () -> stranger.paymentIntents().create(payment(2500, "pm_card_visa")));

    assertEquals(401, refused.getStatusCode());
    assertEquals(401, standIn.requests().get(0).status());
    assertEquals(0, standIn.created("payment_intent"));
  }

  @Test
  void signedEventsPassTheSdksVerificationAndTamperedOrOldOnesDoNot() throws Exception {
    PaymentIntent intent = stripe.paymentIntents().create(payment(2500, "pm_card_visa"));
    SignedEvent event =
        standIn.event("payment_intent.succeeded", standIn.paymentIntentJson(intent.getId()));

    Event verified =
        Webhook.constructEvent(event.payload(), event.signatureHeader(), WEBHOOK_SECRET, 300);

    assertEquals(event.id(), verified.getId());
    assertEquals("payment_intent.succeeded", verified.getType());
    PaymentIntent inEvent =
        (PaymentIntent) verified.getDataObjectDeserializer().getObject().orElseThrow();
    assertEquals(intent.getId(), inEvent.getId());
    String tampered = event.payload().replace("\"amount\":2500", "\"amount\":1");
    assertNotEquals(event.payload(), tampered);
    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(tampered, event.signatureHeader(), WEBHOOK_SECRET, 300));
    SignedEvent old =
        standIn.event(
            "payment_intent.succeeded",
            standIn.paymentIntentJson(intent.getId()),
            Instant.now().minus(Duration.ofMinutes(10)));
    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(old.payload(), old.signatureHeader(), WEBHOOK_SECRET, 300));
    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(event.payload(), event.signatureHeader(), "whsec_other", 300));
  }

  @Test
  void objectsHaveTheFieldsOfStripesFixtures() throws StripeException {
    PaymentIntent intent = stripe.paymentIntents().create(payment(2500, "pm_card_visa"));
    Refund refund = stripe.refunds().create(refund(intent.getId(), 100L));
    Account shop = stripe.accounts().create(expressAccount());
    standIn.completeOnboarding(shop.getId());
    Transfer transfer = stripe.transfers().create(transfer(shop.getId()));

    // The top-level fields of each object in Stripe's fixtures for API version 2025-03-31.basil.
    assertEquals(
        Set.of(
            "amount",
            "amount_capturable",
            "amount_details",
            "amount_received",
            "application",
            "application_fee_amount",
            "automatic_payment_methods",
            "canceled_at",
            "cancellation_reason",
            "capture_method",
            "client_secret",
            "confirmation_method",
            "created",
            "currency",
            "customer",
            "description",
            "id",
            "last_payment_error",
            "latest_charge",
            "livemode",
            "metadata",
            "next_action",
            "object",
            "on_behalf_of",
            "payment_method",
            "payment_method_configuration_details",
            "payment_method_options",
            "payment_method_types",
            "processing",
            "receipt_email",
            "review",
            "setup_future_usage",
            "shipping",
            "source",
            "statement_descriptor",
            "statement_descriptor_suffix",
            "status",
            "transfer_data",
            "transfer_group"),
        fields(standIn.paymentIntentJson(intent.getId())));
    assertEquals(
        Set.of(
            "amount",
            "balance_transaction",
            "charge",
            "created",
            "currency",
            "destination_details",
            "id",
            "metadata",
            "object",
            "payment_intent",
            "reason",
            "receipt_number",
            "source_transfer_reversal",
            "status",
            "transfer_reversal"),
        fields(standIn.refundJson(refund.getId())));
    assertEquals(
        Set.of(
            "amount",
            "amount_reversed",
            "balance_transaction",
            "created",
            "currency",
            "description",
            "destination",
            "destination_payment",
            "id",
            "livemode",
            "metadata",
            "object",
            "reversals",
            "reversed",
            "source_transaction",
            "source_type",
            "transfer_group"),
        fields(standIn.transferJson(transfer.getId())));
    assertEquals(
        Set.of(
            "business_profile",
            "business_type",
            "capabilities",
            "charges_enabled",
            "controller",
            "country",
            "created",
            "default_currency",
            "details_submitted",
            "email",
            "external_accounts",
            "future_requirements",
            "id",
            "metadata",
            "object",
            "payouts_enabled",
            "requirements",
            "settings",
            "tos_acceptance",
            "type"),
        fields(standIn.accountJson(shop.getId())));
  }

  private static Set<String> fields(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject().keySet();
    }
  }

  /** Until the stand-in has answered {@code count} requests, a stalled one included. */
  private void awaitRequests(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (standIn.requests().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(count, standIn.requests().size());
  }

  private StripeClient client(String apiKey, Duration readTimeout) {
    return StripeClient.builder()
        .setApiKey(apiKey)
        .setApiBase(standIn.baseUrl())
        .setConnectBase(standIn.baseUrl())
        .setReadTimeout((int) readTimeout.toMillis())
        .build();
  }

  /** A confirmed card payment as a checkout sends it. */
  private static PaymentIntentCreateParams payment(long amount, String paymentMethod) {
    return PaymentIntentCreateParams.builder()
        .setAmount(amount)
        .setCurrency("eur")
        .setPaymentMethod(paymentMethod)
        .setConfirm(true)
        .setAutomaticPaymentMethods(
            PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                .setEnabled(true)
                .setAllowRedirects(
                    PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER)
                .build())
        .putMetadata("checkout_id", "checkout-7")
        .build();
  }

  private static AccountCreateParams expressAccount() {
    return AccountCreateParams.builder()
        .setType(AccountCreateParams.Type.EXPRESS)
        .setCountry("DE")
        .setEmail("shop@example.test")
        .setCapabilities(
            AccountCreateParams.Capabilities.builder()
                .setTransfers(
                    AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                .build())
        .putMetadata("shop_id", "shop-4")
        .build();
  }

  private static RefundCreateParams refund(String intentId, Long amount) {
    return RefundCreateParams.builder()
        .setPaymentIntent(intentId)
        .setAmount(amount)
        .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
        .putMetadata("order_id", "order-3")
        .build();
  }

  private static TransferCreateParams transfer(String destination) {
    return TransferCreateParams.builder()
        .setAmount(940L)
        .setCurrency("eur")
        .setDestination(destination)
        .setTransferGroup("order-3")
        .putMetadata("payout_id", "payout-1")
        .build();
  }
}
