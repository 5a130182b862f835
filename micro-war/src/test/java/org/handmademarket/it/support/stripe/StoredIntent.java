package org.handmademarket.it.support.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/** A payment intent the stand-in holds, rendered in the shape of Stripe's fixture. */
final class StoredIntent {

  final String id;
  final long amount;
  final String currency;
  final long created;
  final Map<String, String> metadata;
  final String description;
  final String receiptEmail;
  final String statementDescriptorSuffix;
  final String transferGroup;
  final List<String> paymentMethodTypes;
  final String allowRedirects;
  final String clientSecret;

  String status;
  String paymentMethod;
  String latestCharge;
  JsonObject lastPaymentError;
  boolean awaitingAuthentication;
  long refunded;

  StoredIntent(
      long amount,
      String currency,
      long created,
      Map<String, String> metadata,
      String description,
      String receiptEmail,
      String statementDescriptorSuffix,
      String transferGroup,
      List<String> paymentMethodTypes,
      String allowRedirects) {
    this.id = StripeIds.next("pi");
    this.amount = amount;
    this.currency = currency;
    this.created = created;
    this.metadata = Map.copyOf(metadata);
    this.description = description;
    this.receiptEmail = receiptEmail;
    this.statementDescriptorSuffix = statementDescriptorSuffix;
    this.transferGroup = transferGroup;
    this.paymentMethodTypes = List.copyOf(paymentMethodTypes);
    this.allowRedirects = allowRedirects;
    this.clientSecret = id + "_secret_" + StripeIds.random(25);
    this.status = "requires_payment_method";
  }

  /** Captured: the intent took the money and its charge is {@code latestCharge}. */
  void succeed(String charge) {
    status = "succeeded";
    latestCharge = charge;
    lastPaymentError = null;
    awaitingAuthentication = false;
  }

  JsonObject toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", id)
            .add("object", "payment_intent")
            .add("amount", amount)
            .add("amount_capturable", 0)
            .add(
                "amount_details",
                Json.createObjectBuilder().add("tip", JsonValue.EMPTY_JSON_OBJECT))
            .add("amount_received", status.equals("succeeded") ? amount : 0)
            .addNull("application")
            .addNull("application_fee_amount");
    if (paymentMethodTypes.isEmpty()) {
      json.add(
          "automatic_payment_methods",
          Json.createObjectBuilder()
              .add("allow_redirects", allowRedirects == null ? "always" : allowRedirects)
              .add("enabled", true));
    } else {
      json.addNull("automatic_payment_methods");
    }
    json.addNull("canceled_at")
        .addNull("cancellation_reason")
        .add("capture_method", "automatic_async")
        .add("client_secret", clientSecret)
        .add("confirmation_method", "automatic")
        .add("created", created)
        .add("currency", currency)
        .addNull("customer");
    JsonFields.addOrNull(json, "description", description);
    JsonFields.addOrNull(json, "last_payment_error", lastPaymentError);
    JsonFields.addOrNull(json, "latest_charge", latestCharge);
    json.add("livemode", false).add("metadata", JsonFields.object(metadata));
    JsonFields.addOrNull(json, "next_action", awaitingAuthentication ? useStripeSdk() : null);
    json.addNull("on_behalf_of");
    JsonFields.addOrNull(json, "payment_method", paymentMethod);
    json.addNull("payment_method_configuration_details")
        .add("payment_method_options", JsonValue.EMPTY_JSON_OBJECT)
        .add(
            "payment_method_types",
            Json.createArrayBuilder(
                paymentMethodTypes.isEmpty() ? List.of("card") : paymentMethodTypes))
        .addNull("processing");
    JsonFields.addOrNull(json, "receipt_email", receiptEmail);
    json.addNull("review")
        .addNull("setup_future_usage")
        .addNull("shipping")
        .addNull("source")
        .addNull("statement_descriptor");
    JsonFields.addOrNull(json, "statement_descriptor_suffix", statementDescriptorSuffix);
    json.add("status", status).addNull("transfer_data");
    JsonFields.addOrNull(json, "transfer_group", transferGroup);
    return json.build();
  }

  /** What Stripe.js needs to run 3-D Secure: the handling stays with the browser. */
  private static JsonObject useStripeSdk() {
    return Json.createObjectBuilder()
        .add("type", "use_stripe_sdk")
        .add(
            "use_stripe_sdk",
            Json.createObjectBuilder()
                .add("type", "three_d_secure_redirect")
                .add("stripe_js", "https://hooks.stripe.com/3d_secure_2/hosted"))
        .build();
  }
}
