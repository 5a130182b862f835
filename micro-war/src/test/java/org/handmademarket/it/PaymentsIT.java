package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.handmademarket.it.support.Storefront;
import org.handmademarket.it.support.TestAccounts;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.it.support.stripe.SignedEvent;
import org.handmademarket.it.support.stripe.StripeStandIn;
import org.handmademarket.localstack.Directories;
import org.handmademarket.localstack.LoopbackPorts;
import org.handmademarket.localstack.PayaraMicro;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real payments end to end: the built WAR on its own Payara Micro configured for Stripe, with the
 * official SDK talking to a stand-in for Stripe's API that checks every request against the API's
 * published contract ({@link StripeStandIn}); and a second instance with no provider at all, which
 * must take no payment. After every test the ledger balances and the stand-in saw no request
 * outside the contract.
 */
class PaymentsIT {

  private static final String SECRET_KEY =
      "sk_test_" + UUID.randomUUID().toString().replace("-", "");
  private static final String WEBHOOK_SECRET =
      "whsec_" + UUID.randomUUID().toString().replace("-", "");
  private static final String VISA = "pm_card_visa";
  private static final String DECLINED = "pm_card_chargeDeclinedInsufficientFunds";
  private static final String NEEDS_AUTHENTICATION = "pm_card_authenticationRequired";

  /** One listing at 12.50 shipped abroad (GB) by the standard profile: 15.00. */
  private static final BigDecimal ONE_LINE = new BigDecimal("27.50");

  private static StripeStandIn stripe;
  private static final List<PayaraMicro> instances = new ArrayList<>();
  private static ApiClient app;
  private static ApiClient closed;

  @BeforeAll
  static void start() throws Exception {
    stripe = StripeStandIn.start(SECRET_KEY, WEBHOOK_SECRET);
    Path work = Path.of(System.getProperty("project.build.directory", "target"), "payments");
    Directories.deleteRecursively(work);
    Map<String, String> withStripe =
        new HashMap<>(IntegrationServices.current().applicationConfig());
    withStripe.put("payment.provider", "stripe");
    withStripe.put("payment.stripe.secret-key", SECRET_KEY);
    withStripe.put("payment.stripe.webhook-secret", WEBHOOK_SECRET);
    withStripe.put("payment.stripe.api-base", stripe.baseUrl());
    withStripe.put("payment.stripe.timeout-seconds", "3");
    withStripe.put("payment.stripe.network-retries", "0");
    withStripe.put("payment.payout.delay-days", "0");
    withStripe.put("auth.trusted-proxies", "127.0.0.1,::1");
    Map<String, String> withoutProvider =
        new HashMap<>(IntegrationServices.current().applicationConfig());
    withoutProvider.remove("payment.provider");
    instances.add(instance(work.resolve("stripe"), withStripe));
    instances.add(instance(work.resolve("none"), withoutProvider));
    ExecutorService starter = Executors.newFixedThreadPool(instances.size());
    try {
      List<Future<Object>> started = new ArrayList<>();
      // The instance without a provider is alive but, by design, never ready; the Stripe one's
      // readiness is asserted below, where a failure shows why.
      List<String> health = List.of("/health/live", "/health/live");
      for (int i = 0; i < instances.size(); i++) {
        PayaraMicro instance = instances.get(i);
        String path = health.get(i);
        started.add(
            starter.submit(
                () -> {
                  instance.start(path);
                  return null;
                }));
      }
      for (Future<Object> each : started) {
        each.get(5, TimeUnit.MINUTES);
      }
    } finally {
      starter.shutdownNow();
    }
    app = ApiClient.onLoopback(URI.create(instances.get(0).baseUrl() + "/"));
    closed = ApiClient.onLoopback(URI.create(instances.get(1).baseUrl() + "/"));
    for (ApiClient client : List.of(app, closed)) {
      Eventually.await(
          "the API",
          Duration.ofMinutes(2),
          () -> client.get("api/categories"),
          r -> r.status() == 200);
    }
  }

  private static PayaraMicro instance(Path directory, Map<String, String> config) {
    return new PayaraMicro(
        Path.of(System.getProperty("payara.microJar")),
        Path.of(System.getProperty("marketplace.war", "target/marketplace.war")),
        LoopbackPorts.free(),
        directory,
        config);
  }

  @AfterAll
  static void stop() {
    instances.forEach(PayaraMicro::stop);
    if (stripe != null) {
      stripe.close();
    }
  }

  @AfterEach
  void theLedgerBalancesAndStripeSawOnlyValidRequests() throws SQLException {
    assertEquals(
        "0",
        TestAccounts.scalar(
            "SELECT count(*) FROM (SELECT transaction_id FROM ledger_entries"
                + " GROUP BY transaction_id HAVING sum(amount) <> 0) unbalanced"));
    assertEquals(List.of(), stripe.contractViolations());
  }

  @Test
  void withoutAProviderTheInstanceIsNotReadyAndTakesNoPayment() throws SQLException {
    Reply ready = closed.get("health/ready");
    assertEquals(503, ready.status(), ready.body());
    assertEquals("DOWN", ready.checkStates().get("payments"));
    assertTrue(ready.body().contains("No payment provider is configured"), ready.body());

    JsonObject options = closed.get("api/payments/options").json();
    assertEquals("none", options.getString("provider"));
    assertEquals(false, options.getBoolean("available"));
    assertEquals(404, closed.get("api/payments/sandbox/payment-methods").status());

    TestCatalogue.Account buyer = TestAccounts.shopper();
    long listing = listing(3);
    addToCart(closed, buyer, listing);
    Reply refused = Storefront.checkout(closed, buyer.token(), UUID.randomUUID().toString(), VISA);
    assertProblem(refused, 503, "/problems/payments-unavailable");
    assertEquals("0", ordersOf(buyer));
    assertEquals(
        1,
        closed.request("GET", "api/cart").bearer(buyer.token()).send().json().getInt("itemCount"));
  }

  @Test
  void anApprovedCardIsChargedOnceAndBookedWithTheFee() throws SQLException {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    addToCart(app, buyer, listing(3));
    String key = UUID.randomUUID().toString();
    int intentsBefore = stripe.created("payment_intent");

    Reply paid = Storefront.checkout(app, buyer.token(), key, VISA);
    assertEquals(201, paid.status(), paid.body());
    Reply again = Storefront.checkout(app, buyer.token(), key, VISA);
    assertEquals(201, again.status(), again.body());

    assertEquals(intentsBefore + 1, stripe.created("payment_intent"));
    String checkoutId = paid.json().getString("checkoutId");
    assertTrue(
        stripe.requests().stream()
            .anyMatch(
                r ->
                    r.path().equals("/v1/payment_intents")
                        && ("checkout-" + checkoutId).equals(r.idempotencyKey())
                        && "2750".equals(r.params().get("amount"))
                        && VISA.equals(r.params().get("payment_method"))),
        "the intent carries our key, the agreed amount in cents and the payment method");
    long order = firstOrder(paid);
    assertEquals(
        "1.79",
        scalar(
            "SELECT -sum(amount) FROM ledger_entries WHERE account = 'MARKETPLACE_FEES' AND order_id = ?",
            order));
    assertEquals(
        "25.71",
        scalar(
            "SELECT -sum(amount) FROM ledger_entries WHERE account = 'SHOP' AND order_id = ?",
            order));
    assertEquals(
        "27.50",
        scalar(
            "SELECT sum(e.amount) FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id WHERE t.checkout_id = CAST(? AS uuid) AND e.account = 'PROVIDER_CASH'",
            checkoutId));
  }

  @Test
  void aDeclineOrAnUnknownPaymentMethodChargesNothingAndKeepsTheCart() throws SQLException {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    addToCart(app, buyer, listing(3));

    Reply declined =
        Storefront.checkout(app, buyer.token(), UUID.randomUUID().toString(), DECLINED);
    assertProblem(declined, 402, "/problems/payment-declined");
    assertTrue(declined.body().contains("insufficient funds"), declined.body());
    Reply unknown =
        Storefront.checkout(
            app, buyer.token(), UUID.randomUUID().toString(), "pm_card_noSuchThing");
    assertProblem(unknown, 402, "/problems/payment-declined");

    assertEquals("0", ordersOf(buyer));
    assertEquals(
        1, app.request("GET", "api/cart").bearer(buyer.token()).send().json().getInt("itemCount"));
    assertEquals(
        201, Storefront.checkout(app, buyer.token(), UUID.randomUUID().toString(), VISA).status());
  }

  @Test
  void authenticationIsSettledByTheWebhookOnceHoweverOftenItComes() throws SQLException {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    addToCart(app, buyer, listing(3));
    String key = UUID.randomUUID().toString();

    Reply pending = Storefront.checkout(app, buyer.token(), key, NEEDS_AUTHENTICATION);
    assertEquals(202, pending.status(), pending.body());
    JsonObject authentication = pending.json().getJsonObject("authentication");
    assertEquals("stripe", authentication.getString("provider"));
    String intent = intentOf(pending);
    String checkoutId = pending.json().getString("checkoutId");
    assertEquals("PENDING", status(firstOrder(pending)));

    SignedEvent succeeded =
        stripe.event("payment_intent.succeeded", stripe.completeAuthentication(intent));
    assertEquals(204, webhook(succeeded).status());
    assertEquals(204, webhook(succeeded).status(), "a redelivery is acknowledged");
    assertEquals("PAID", status(firstOrder(pending)));
    assertEquals(
        "1",
        scalar(
            "SELECT count(*) FROM ledger_transactions WHERE kind = 'CHARGE' AND checkout_id = CAST(? AS uuid)",
            checkoutId));
    assertEquals(
        "1", scalar("SELECT count(*) FROM payment_provider_events WHERE id = ?", succeeded.id()));

    Reply retried = Storefront.checkout(app, buyer.token(), key, NEEDS_AUTHENTICATION);
    assertEquals("PENDING", retried.json().getString("payment"), "the first answer is replayed");
    assertEquals(
        0, app.request("GET", "api/cart").bearer(buyer.token()).send().json().getInt("itemCount"));
  }

  @Test
  void aFailedAuthenticationReportedByWebhookLeavesNoOrderAndTheCartAsItWas() throws SQLException {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    long mug = listing(3);
    addToCart(app, buyer, mug);
    Reply pending =
        Storefront.checkout(app, buyer.token(), UUID.randomUUID().toString(), NEEDS_AUTHENTICATION);
    assertEquals(202, pending.status(), pending.body());
    String checkoutId = pending.json().getString("checkoutId");
    assertEquals("2", scalar("SELECT quantity FROM products WHERE id = ?", mug), "held for it");

    SignedEvent failed =
        stripe.event("payment_intent.payment_failed", stripe.paymentIntentJson(intentOf(pending)));
    assertEquals(204, webhook(failed).status());
    assertEquals(204, webhook(failed).status(), "a redelivery is acknowledged");

    assertEquals(
        "DECLINED",
        scalar("SELECT payment_status FROM checkouts WHERE id = CAST(? AS uuid)", checkoutId));
    assertEquals("0", ordersOf(buyer));
    assertEquals("3", scalar("SELECT quantity FROM products WHERE id = ?", mug), "back on sale");
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM ledger_transactions WHERE checkout_id = CAST(? AS uuid)",
            checkoutId));
    assertEquals(
        "1", scalar("SELECT count(*) FROM payment_provider_events WHERE id = ?", failed.id()));
    assertEquals(
        1, app.request("GET", "api/cart").bearer(buyer.token()).send().json().getInt("itemCount"));
  }

  @Test
  void aWebhookBeforeTheCheckoutsOwnAnswerSettlesTheOrdersOnce() throws SQLException {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    addToCart(app, buyer, listing(3));
    String key = UUID.randomUUID().toString();
    stripe.stall(Duration.ofSeconds(6));
    Reply pending;
    try {
      pending = Storefront.checkout(app, buyer.token(), key, VISA);
    } finally {
      stripe.stall(Duration.ZERO);
    }
    assertEquals(202, pending.status(), pending.body());
    String checkoutId = pending.json().getString("checkoutId");
    String intent =
        Eventually.await(
                "Stripe to create the intent",
                Duration.ofSeconds(20),
                () -> stripe.paymentIntentWithMetadata("checkout_id", checkoutId),
                java.util.Optional::isPresent)
            .orElseThrow();

    assertEquals(
        204,
        webhook(stripe.event("payment_intent.succeeded", stripe.paymentIntentJson(intent)))
            .status());
    assertEquals("PAID", status(firstOrder(pending)));

    Reply retried = Storefront.checkout(app, buyer.token(), key, VISA);
    assertEquals(202, retried.status(), "the first answer is replayed: " + retried.body());
    assertEquals(
        "1",
        scalar(
            "SELECT count(*) FROM ledger_transactions WHERE kind = 'CHARGE' AND checkout_id = CAST(? AS uuid)",
            checkoutId));
    assertEquals(
        "1",
        scalar(
            "SELECT count(*) FROM payments WHERE kind = 'CHARGE' AND checkout_id = CAST(? AS uuid)",
            checkoutId));
  }

  @Test
  void aWebhookWithABadOrOldSignatureIsRefusedAndChangesNothing() throws SQLException {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    addToCart(app, buyer, listing(3));
    Reply pending =
        Storefront.checkout(app, buyer.token(), UUID.randomUUID().toString(), NEEDS_AUTHENTICATION);
    String intent = intentOf(pending);
    String succeeded = stripe.completeAuthentication(intent);

    SignedEvent genuine = stripe.event("payment_intent.succeeded", succeeded);
    Reply tampered =
        app.request("POST", "api/payments/webhook")
            .header("Stripe-Signature", genuine.signatureHeader())
            .body(
                "application/json",
                genuine.payload().replace("\"livemode\":false", "\"livemode\":true"))
            .send();
    assertProblem(tampered, 400, "/problems/webhook-rejected");
    SignedEvent old =
        stripe.event(
            "payment_intent.succeeded", succeeded, Instant.now().minus(Duration.ofMinutes(10)));
    assertProblem(webhook(old), 400, "/problems/webhook-rejected");
    Reply unsigned =
        app.request("POST", "api/payments/webhook")
            .body("application/json", genuine.payload())
            .send();
    assertProblem(unsigned, 400, "/problems/webhook-rejected");

    assertEquals("PENDING", status(firstOrder(pending)));
    assertEquals(
        "0", scalar("SELECT count(*) FROM payment_provider_events WHERE id = ?", genuine.id()));
  }

  @Test
  void supportRefundsPartThenTheRestThroughStripeWithTheFeeGivenBackInProportion()
      throws SQLException {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    addToCart(app, buyer, listing(3));
    long order =
        firstOrder(Storefront.checkout(app, buyer.token(), UUID.randomUUID().toString(), VISA));
    TestCatalogue.Account agent = TestAccounts.signedIn("SUPPORT");
    int refundsBefore = stripe.created("refund");

    Reply part =
        refund(agent, order, "{\"reason\": \"One mug arrived chipped\", \"amount\": 10.00}");
    assertEquals(200, part.status(), part.body());
    assertEquals(
        "PAID", part.json().getString("status"), "a partial refund keeps the order's status");
    Reply tooMuch = refund(agent, order, "{\"reason\": \"Too much\", \"amount\": 17.51}");
    assertProblem(tooMuch, 422, "/problems/refund-exceeds-payment");
    assertProblem(
        refund(agent, order, "{\"reason\": \"Zero\", \"amount\": 0}"), 400, "/problems/validation");
    assertProblem(
        refund(agent, order, "{\"reason\": \"Fraction\", \"amount\": 1.001}"),
        400,
        "/problems/validation");
    assertEquals(refundsBefore + 1, stripe.created("refund"), "refused refunds never reach Stripe");

    Reply rest = refund(agent, order, "{\"reason\": \"Buyer returned the rest\"}");
    assertEquals(200, rest.status(), rest.body());
    assertEquals("REFUNDED", rest.json().getString("status"));
    assertEquals(refundsBefore + 2, stripe.created("refund"));
    assertTrue(
        stripe.requests().stream()
            .anyMatch(
                r -> r.path().equals("/v1/refunds") && "1000".equals(r.params().get("amount"))));
    assertTrue(
        stripe.requests().stream()
            .anyMatch(
                r -> r.path().equals("/v1/refunds") && "1750".equals(r.params().get("amount"))));
    // 6.5 % of 27.50 is 1.79; 10.00 of 27.50 gives back 0.65, the rest the other 1.14.
    assertEquals(
        "0.65",
        scalar(
            "SELECT e.amount FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id WHERE t.kind = 'REFUND' AND e.account = 'MARKETPLACE_FEES' AND e.order_id = ? ORDER BY e.id LIMIT 1",
            order));
    assertEquals(
        "0.00",
        scalar(
            "SELECT coalesce(sum(amount), 0.00) FROM ledger_entries WHERE order_id = ? AND account IN ('SHOP', 'MARKETPLACE_FEES')",
            order));
    Reply trail =
        app.request("GET", "api/support/orders/" + order + "/money").bearer(agent.token()).send();
    assertEquals(200, trail.status(), trail.body());
    assertEquals(8, trail.jsonArray().size(), trail.body());
  }

  @Test
  void aShopIsPaidItsAvailableBalanceOnceADay() throws SQLException {
    TestCatalogue.Account seller = TestAccounts.seller("Payout Pottery " + UUID.randomUUID());
    long listing = TestAccounts.listing(seller, "Payout mug", 5);
    TestCatalogue.Account buyer = TestAccounts.shopper();
    addToCart(app, buyer, listing);
    assertEquals(
        201, Storefront.checkout(app, buyer.token(), UUID.randomUUID().toString(), VISA).status());

    Reply before = app.request("GET", "api/seller/payouts").bearer(seller.token()).send();
    assertEquals(200, before.status(), before.body());
    assertEquals(
        "25.71", before.json().getJsonObject("balance").getJsonNumber("available").toString());
    assertTrue(before.json().get("account") == null || before.json().isNull("account"));

    Reply connected =
        app.request("POST", "api/seller/payouts/account").bearer(seller.token()).send();
    assertEquals(200, connected.status(), connected.body());
    String account = connected.json().getString("accountId");
    assertTrue(connected.json().getString("onboardingUrl").startsWith("http"), connected.body());
    stripe.completeOnboarding(account);

    TestCatalogue.Account admin = TestAccounts.signedIn("ADMIN");
    int transfersBefore = stripe.created("transfer");
    assertEquals(
        200, app.request("POST", "api/admin/payouts/run").bearer(admin.token()).send().status());
    assertEquals(
        200, app.request("POST", "api/admin/payouts/run").bearer(admin.token()).send().status());
    assertTrue(
        stripe.requests().stream()
            .anyMatch(
                r ->
                    r.path().equals("/v1/transfers")
                        && account.equals(r.params().get("destination"))
                        && "2571".equals(r.params().get("amount"))));
    assertEquals("1", scalar("SELECT count(*) FROM payouts WHERE shop_id = ?", seller.shopId()));
    assertTrue(stripe.created("transfer") > transfersBefore);
    Reply after = app.request("GET", "api/seller/payouts").bearer(seller.token()).send();
    assertEquals("0.00", after.json().getJsonObject("balance").getJsonNumber("balance").toString());
    assertProblem(
        app.request("POST", "api/admin/payouts/run").bearer(seller.token()).send(),
        403,
        "/problems/forbidden");
  }

  private static Reply refund(TestCatalogue.Account agent, long order, String body) {
    return app.request("POST", "api/support/orders/" + order + "/refund")
        .bearer(agent.token())
        .json(body)
        .send();
  }

  /** The payment intent of a checkout waiting for authentication: its client secret names it. */
  private static String intentOf(Reply pending) {
    return pending
        .json()
        .getJsonObject("authentication")
        .getString("clientSecret")
        .split("_secret_")[0];
  }

  private static Reply webhook(SignedEvent event) {
    return app.request("POST", "api/payments/webhook")
        .header("Stripe-Signature", event.signatureHeader())
        .body("application/json", event.payload())
        .send();
  }

  private static long listing(int quantity) throws SQLException {
    return TestAccounts.listing(
        TestAccounts.seller("Stripe Studio " + UUID.randomUUID()), "Glazed mug", quantity);
  }

  private static void addToCart(ApiClient client, TestCatalogue.Account buyer, long listing) {
    Reply added =
        client
            .request("POST", "api/cart/items")
            .bearer(buyer.token())
            .json("{\"productId\": " + listing + ", \"quantity\": 1}")
            .send();
    assertEquals(200, added.status(), added.body());
  }

  private static long firstOrder(Reply checkout) {
    return checkout.json().getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static String status(long order) throws SQLException {
    return scalar("SELECT status FROM orders WHERE id = ?", order);
  }

  private static String ordersOf(TestCatalogue.Account buyer) throws SQLException {
    return scalar("SELECT count(*) FROM orders WHERE buyer_id = ?", buyer.userId());
  }

  private static String scalar(String query, Object... parameters) throws SQLException {
    return TestAccounts.scalar(query, parameters);
  }

  private static void assertProblem(Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.body());
    assertEquals(type, reply.json().getString("type"), reply.body());
  }
}
