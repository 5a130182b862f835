package org.handmademarket.it.support.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The objects of one Stripe account in test mode and what the operations do to them, for requests
 * that already passed the contract. Each method is one transaction under the instance's lock.
 */
final class TestMode {

  /** Stripe's largest amount for a charge: 999,999.99 in a two-decimal currency. */
  private static final long MAXIMUM_AMOUNT = 99_999_999L;

  /** Stripe's minimum charge amounts for the currencies a European or US shop bills in. */
  private static final Map<String, Long> MINIMUM_AMOUNTS =
      Map.of("usd", 50L, "eur", 50L, "gbp", 30L, "chf", 50L, "cad", 50L, "aud", 50L);

  /** The kinds of object whose creations are counted. */
  private static final Set<String> CREATED_KINDS =
      Set.of("payment_intent", "refund", "account", "transfer");

  /** Where account links point: Stripe's hosted onboarding, here answered by the stand-in. */
  static final String ONBOARDING_PATH = "/setup/e/";

  /** Stripe's account links expire five minutes after they are created. */
  private static final long LINK_LIFETIME = 300;

  private record AccountLink(
      String accountId, String refreshUrl, String returnUrl, long expiresAt) {}

  /** Where a visit to an account link leads: null when the link was made without that URL. */
  record LinkVisit(String redirectTo) {}

  private final Clock clock;
  private final String baseUrl;
  private final Map<String, StoredIntent> intents = new HashMap<>();

  /** Charges that took money: what a transfer may name as its source_transaction. */
  private final Set<String> paidCharges = new HashSet<>();

  private final Map<String, JsonObject> refunds = new HashMap<>();
  private final Map<String, StoredAccount> accounts = new HashMap<>();
  private final Map<String, AccountLink> links = new HashMap<>();
  private final Set<String> usedLinks = new HashSet<>();
  private final Map<String, JsonObject> transfers = new HashMap<>();
  private final Map<String, Integer> createdByKind = new HashMap<>();

  TestMode(Clock clock, String baseUrl) {
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  synchronized StripeReply handle(
      StripeContract.Operation operation, String objectId, Map<String, String> params) {
    switch (operation.name()) {
      case StripeContract.CREATE_PAYMENT_INTENT:
        return createPaymentIntent(params);
      case StripeContract.RETRIEVE_PAYMENT_INTENT:
        StoredIntent intent = intents.get(objectId);
        return intent == null
            ? StripeReply.notFound("intent", "payment_intent", objectId)
            : StripeReply.ok(intent.toJson());
      case StripeContract.CREATE_REFUND:
        return createRefund(params);
      case StripeContract.CREATE_ACCOUNT:
        return createAccount(params);
      case StripeContract.RETRIEVE_ACCOUNT:
        StoredAccount account = accounts.get(objectId);
        return account == null
            ? StripeReply.notFound("account", "account", objectId)
            : StripeReply.ok(account.toJson());
      case StripeContract.CREATE_ACCOUNT_LINK:
        return createAccountLink(params);
      case StripeContract.CREATE_TRANSFER:
        return createTransfer(params);
      default:
        throw new IllegalArgumentException("No behaviour for " + operation.name());
    }
  }

  synchronized int created(String kind) {
    if (!CREATED_KINDS.contains(kind)) {
      throw new IllegalArgumentException(kind + " is none of " + CREATED_KINDS);
    }
    return createdByKind.getOrDefault(kind, 0);
  }

  synchronized Optional<JsonObject> paymentIntent(String id) {
    return Optional.ofNullable(intents.get(id)).map(StoredIntent::toJson);
  }

  synchronized Optional<String> paymentIntentWithMetadata(String key, String value) {
    return intents.values().stream()
        .filter(intent -> value.equals(intent.metadata.get(key)))
        .map(intent -> intent.id)
        .findFirst();
  }

  synchronized Optional<JsonObject> refund(String id) {
    return Optional.ofNullable(refunds.get(id));
  }

  synchronized Optional<JsonObject> transfer(String id) {
    return Optional.ofNullable(transfers.get(id));
  }

  synchronized JsonObject completeAuthentication(String intentId) {
    StoredIntent intent = intents.get(intentId);
    if (intent == null || !intent.awaitingAuthentication) {
      throw new IllegalStateException(intentId + " is not waiting for authentication");
    }
    intent.succeed(paidCharge());
    return intent.toJson();
  }

  /**
   * A visit to an account link's URL: the first visit within its lifetime completes the account's
   * onboarding (the owner's forms are taken as filled in) and leads to its {@code return_url}; a
   * link used before or expired leads to its {@code refresh_url}, as Stripe's links are single-use.
   * Empty for a URL that is no link.
   */
  synchronized Optional<LinkVisit> visitLink(String path) {
    String[] segments = path.substring(ONBOARDING_PATH.length()).split("/");
    AccountLink link = segments.length == 2 ? links.get(segments[1]) : null;
    if (link == null || !link.accountId().equals(segments[0])) {
      return Optional.empty();
    }
    if (!usedLinks.add(segments[1]) || clock.instant().getEpochSecond() > link.expiresAt()) {
      return Optional.of(new LinkVisit(link.refreshUrl()));
    }
    accounts.get(link.accountId()).onboarded = true;
    return Optional.of(new LinkVisit(link.returnUrl()));
  }

  synchronized Optional<JsonObject> account(String id) {
    return Optional.ofNullable(accounts.get(id)).map(StoredAccount::toJson);
  }

  synchronized void completeOnboarding(String accountId) {
    StoredAccount account = accounts.get(accountId);
    if (account == null) {
      throw new IllegalArgumentException("No such account: " + accountId);
    }
    account.onboarded = true;
  }

  private StripeReply createPaymentIntent(Map<String, String> params) {
    long amount = Long.parseLong(params.get("amount"));
    String currency = params.get("currency");
    boolean confirm = "true".equals(params.get("confirm"));
    String paymentMethodId = params.get("payment_method");
    List<String> paymentMethodTypes = list(params, "payment_method_types");
    String allowRedirects = params.get("automatic_payment_methods[allow_redirects]");
    Long minimum = MINIMUM_AMOUNTS.get(currency);
    if (minimum != null && amount < minimum) {
      return StripeReply.invalidRequest(
          "amount_too_small",
          "amount",
          "Amount must be at least " + minimum + " in the smallest unit of " + currency);
    }
    if (amount > MAXIMUM_AMOUNT) {
      return StripeReply.invalidRequest(
          "amount_too_large", "amount", "Amount must be no more than " + MAXIMUM_AMOUNT);
    }
    if (!paymentMethodTypes.isEmpty() && params.containsKey("automatic_payment_methods[enabled]")) {
      return StripeReply.invalidRequest(
          null,
          "payment_method_types",
          "You may only specify one of these parameters: automatic_payment_methods,"
              + " payment_method_types.");
    }
    for (String confirmOnly : List.of("return_url", "error_on_requires_action")) {
      if (!confirm && params.containsKey(confirmOnly)) {
        return StripeReply.invalidRequest(
            null, confirmOnly, confirmOnly + " can only be passed when confirm is true.");
      }
    }
    if (confirm && paymentMethodId == null) {
      return StripeReply.invalidRequest(
          "parameter_missing",
          "payment_method",
          "A payment method is needed to confirm the PaymentIntent.");
    }
    // Since API version 2023-08-16 automatic payment methods are on by default; some of them
    // redirect the buyer, so confirming needs a return_url unless redirects are ruled out.
    if (confirm
        && paymentMethodTypes.isEmpty()
        && !"never".equals(allowRedirects)
        && !params.containsKey("return_url")) {
      return StripeReply.invalidRequest(
          null,
          "return_url",
          "Confirming with automatic payment methods that may redirect needs a return_url; send"
              + " automatic_payment_methods[enabled]=true and"
              + " automatic_payment_methods[allow_redirects]=never to accept no redirecting method.");
    }
    Optional<TestPaymentMethod> testMethod = Optional.empty();
    if (paymentMethodId != null) {
      testMethod = TestPaymentMethod.byId(paymentMethodId);
      if (testMethod.isEmpty()) {
        return StripeReply.noSuch("payment_method", "PaymentMethod", paymentMethodId);
      }
    }
    StoredIntent intent =
        new StoredIntent(
            amount,
            currency,
            clock.instant().getEpochSecond(),
            nested(params, "metadata"),
            params.get("description"),
            params.get("receipt_email"),
            params.get("statement_descriptor_suffix"),
            params.get("transfer_group"),
            paymentMethodTypes,
            allowRedirects);
    intents.put(intent.id, intent);
    count("payment_intent");
    // A test token such as pm_card_visa becomes a new payment method of its own, as in Stripe.
    intent.paymentMethod = testMethod.map(method -> StripeIds.next("pm")).orElse(null);
    if (!confirm) {
      intent.status =
          intent.paymentMethod == null ? "requires_payment_method" : "requires_confirmation";
      return StripeReply.ok(intent.toJson());
    }
    TestPaymentMethod method = testMethod.orElseThrow();
    if (method.declines()) {
      return decline(intent, "card_declined", method.declineCode, method.declineMessage);
    }
    if (method == TestPaymentMethod.AUTHENTICATION_REQUIRED) {
      if ("true".equals(params.get("error_on_requires_action"))) {
        return decline(
            intent,
            "authentication_required",
            "authentication_required",
            "Your card was declined. This transaction requires authentication.");
      }
      intent.status = "requires_action";
      intent.awaitingAuthentication = true;
      return StripeReply.ok(intent.toJson());
    }
    intent.succeed(paidCharge());
    return StripeReply.ok(intent.toJson());
  }

  /** 402 {@code card_error}: the intent stays, waiting for another payment method. */
  private StripeReply decline(
      StoredIntent intent, String code, String declineCode, String message) {
    String charge = StripeIds.next("ch");
    intent.latestCharge = charge;
    intent.status = "requires_payment_method";
    intent.lastPaymentError =
        Json.createObjectBuilder()
            .add("type", "card_error")
            .add("code", code)
            .add("decline_code", declineCode)
            .add("charge", charge)
            .add("message", message)
            .add(
                "payment_method",
                Json.createObjectBuilder()
                    .add("id", intent.paymentMethod)
                    .add("object", "payment_method")
                    .add("type", "card"))
            .build();
    JsonObjectBuilder error =
        Json.createObjectBuilder(intent.lastPaymentError)
            .add("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'))
            .add("payment_intent", intent.toJson());
    return StripeReply.error(402, error);
  }

  private StripeReply createRefund(Map<String, String> params) {
    String intentId = params.get("payment_intent");
    StoredIntent intent = intents.get(intentId);
    if (intent == null) {
      return StripeReply.noSuch("payment_intent", "payment_intent", intentId);
    }
    if (!intent.status.equals("succeeded")) {
      return StripeReply.invalidRequest(
          "payment_intent_unexpected_state",
          "payment_intent",
          "This PaymentIntent does not have a successful charge to refund.");
    }
    long unrefunded = intent.amount - intent.refunded;
    if (unrefunded == 0) {
      return StripeReply.invalidRequest(
          "charge_already_refunded",
          null,
          "Charge " + intent.latestCharge + " has already been refunded.");
    }
    long amount = params.containsKey("amount") ? Long.parseLong(params.get("amount")) : unrefunded;
    if (amount > unrefunded) {
      return StripeReply.invalidRequest(
          "amount_too_large",
          "amount",
          "Refund amount ("
              + amount
              + " "
              + intent.currency
              + ") is greater than unrefunded amount on charge ("
              + unrefunded
              + " "
              + intent.currency
              + ")");
    }
    intent.refunded += amount;
    String id = StripeIds.next("re");
    JsonObjectBuilder refund =
        Json.createObjectBuilder()
            .add("id", id)
            .add("object", "refund")
            .add("amount", amount)
            .add("balance_transaction", StripeIds.next("txn"))
            .add("charge", intent.latestCharge)
            .add("created", clock.instant().getEpochSecond())
            .add("currency", intent.currency)
            .add(
                "destination_details",
                Json.createObjectBuilder()
                    .add("card", Json.createObjectBuilder().add("type", "refund"))
                    .add("type", "card"))
            .add("metadata", JsonFields.object(nested(params, "metadata")))
            .add("payment_intent", intent.id);
    JsonObject json =
        JsonFields.addOrNull(refund, "reason", params.get("reason"))
            .addNull("receipt_number")
            .addNull("source_transfer_reversal")
            .add("status", "succeeded")
            .addNull("transfer_reversal")
            .build();
    refunds.put(id, json);
    count("refund");
    return StripeReply.ok(json);
  }

  private StripeReply createAccount(Map<String, String> params) {
    StoredAccount account =
        new StoredAccount(
            StripeIds.next("acct", 16),
            params.getOrDefault("type", "standard"),
            params.getOrDefault("country", "US"),
            params.get("email"),
            params.get("default_currency"),
            requestedCapabilities(params),
            nested(params, "business_profile"),
            nested(params, "metadata"),
            clock.instant().getEpochSecond());
    accounts.put(account.id, account);
    count("account");
    return StripeReply.ok(account.toJson());
  }

  private StripeReply createAccountLink(Map<String, String> params) {
    String accountId = params.get("account");
    if (!accounts.containsKey(accountId)) {
      return StripeReply.noSuch("account", "account", accountId);
    }
    long now = clock.instant().getEpochSecond();
    String token = StripeIds.random(12);
    links.put(
        token,
        new AccountLink(
            accountId, params.get("refresh_url"), params.get("return_url"), now + LINK_LIFETIME));
    return StripeReply.ok(
        Json.createObjectBuilder()
            .add("object", "account_link")
            .add("created", now)
            .add("expires_at", now + LINK_LIFETIME)
            .add("url", baseUrl + ONBOARDING_PATH + accountId + "/" + token)
            .build());
  }

  private StripeReply createTransfer(Map<String, String> params) {
    String destination = params.get("destination");
    StoredAccount account = accounts.get(destination);
    if (account == null) {
      return StripeReply.noSuch("destination", "destination", destination);
    }
    if (!account.onboarded || !account.capabilities.contains("transfers")) {
      return StripeReply.invalidRequest(
          "insufficient_capabilities_for_transfer",
          "destination",
          "The destination account needs the transfers capability active (its onboarding is not"
              + " complete).");
    }
    String sourceTransaction = params.get("source_transaction");
    if (sourceTransaction != null && !paidCharges.contains(sourceTransaction)) {
      return StripeReply.noSuch("source_transaction", "charge", sourceTransaction);
    }
    String id = StripeIds.next("tr");
    JsonObjectBuilder transfer =
        Json.createObjectBuilder()
            .add("id", id)
            .add("object", "transfer")
            .add("amount", Long.parseLong(params.get("amount")))
            .add("amount_reversed", 0)
            .add("balance_transaction", StripeIds.next("txn"))
            .add("created", clock.instant().getEpochSecond())
            .add("currency", params.get("currency"))
            .add("destination", destination)
            .add("destination_payment", StripeIds.next("py"))
            .add("livemode", false)
            .add("metadata", JsonFields.object(nested(params, "metadata")))
            .add(
                "reversals",
                Json.createObjectBuilder()
                    .add("object", "list")
                    .add("data", Json.createArrayBuilder())
                    .add("has_more", false)
                    .add("url", "/v1/transfers/" + id + "/reversals"))
            .add("reversed", false)
            .add("source_type", "card");
    JsonFields.addOrNull(transfer, "description", params.get("description"));
    JsonFields.addOrNull(transfer, "source_transaction", sourceTransaction);
    JsonFields.addOrNull(transfer, "transfer_group", params.get("transfer_group"));
    JsonObject json = transfer.build();
    transfers.put(id, json);
    count("transfer");
    return StripeReply.ok(json);
  }

  private String paidCharge() {
    String charge = StripeIds.next("ch");
    paidCharges.add(charge);
    return charge;
  }

  private void count(String kind) {
    createdByKind.merge(kind, 1, Integer::sum);
  }

  private static List<String> requestedCapabilities(Map<String, String> params) {
    List<String> requested = new ArrayList<>();
    for (String capability : List.of("card_payments", "transfers")) {
      if ("true".equals(params.get("capabilities[" + capability + "][requested]"))) {
        requested.add(capability);
      }
    }
    return requested;
  }

  /** The entries of a hash parameter, {@code metadata[a]=1} as {@code a -> 1}. */
  private static Map<String, String> nested(Map<String, String> params, String name) {
    Map<String, String> entries = new LinkedHashMap<>();
    String prefix = name + "[";
    params.forEach(
        (key, value) -> {
          if (key.startsWith(prefix) && key.endsWith("]")) {
            entries.put(key.substring(prefix.length(), key.length() - 1), value);
          }
        });
    return entries;
  }

  /** The items of a list parameter, sent as {@code name[0]}, {@code name[1]}... */
  private static List<String> list(Map<String, String> params, String name) {
    List<String> items = new ArrayList<>();
    for (int index = 0; params.containsKey(name + "[" + index + "]"); index++) {
      items.add(params.get(name + "[" + index + "]"));
    }
    return items;
  }
}
