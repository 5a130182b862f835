package org.handmademarket.it.support.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * A connected account the stand-in holds. Its requested capabilities stay inactive, and charges and
 * payouts disabled, until its onboarding is completed, as with a new Express account in Stripe.
 */
final class StoredAccount {

  /** What Stripe asks a new account for before it enables transfers and payouts. */
  private static final List<String> ONBOARDING_REQUIREMENTS =
      List.of(
          "business_profile.url", "external_account", "tos_acceptance.date", "tos_acceptance.ip");

  final String id;
  final String type;
  final String country;
  final String email;
  final String defaultCurrency;
  final List<String> capabilities;
  final Map<String, String> businessProfile;
  final Map<String, String> metadata;
  final long created;
  boolean onboarded;

  StoredAccount(
      String id,
      String type,
      String country,
      String email,
      String defaultCurrency,
      List<String> capabilities,
      Map<String, String> businessProfile,
      Map<String, String> metadata,
      long created) {
    this.id = id;
    this.type = type;
    this.country = country;
    this.email = email;
    this.defaultCurrency = defaultCurrency;
    this.capabilities = List.copyOf(capabilities);
    this.businessProfile = Map.copyOf(businessProfile);
    this.metadata = Map.copyOf(metadata);
    this.created = created;
  }

  JsonObject toJson() {
    JsonObjectBuilder capabilityStates = Json.createObjectBuilder();
    capabilities.forEach(
        capability -> capabilityStates.add(capability, onboarded ? "active" : "inactive"));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", id)
            .add("object", "account")
            .add("business_profile", businessProfile())
            .addNull("business_type")
            .add("capabilities", capabilityStates)
            .add("charges_enabled", onboarded)
            .add(
                "controller",
                Json.createObjectBuilder()
                    .add("type", type.equals("standard") ? "account" : "application"))
            .add("country", country)
            .add("created", created);
    JsonFields.addOrNull(json, "default_currency", defaultCurrency)
        .add("details_submitted", onboarded);
    JsonFields.addOrNull(json, "email", email)
        .add(
            "external_accounts",
            Json.createObjectBuilder()
                .add("object", "list")
                .add("data", Json.createArrayBuilder())
                .add("has_more", false)
                .add("url", "/v1/accounts/" + id + "/external_accounts"))
        .add("future_requirements", requirements(List.of(), null))
        .add("metadata", JsonFields.object(metadata))
        .add("payouts_enabled", onboarded)
        .add(
            "requirements",
            onboarded
                ? requirements(List.of(), null)
                : requirements(ONBOARDING_REQUIREMENTS, "requirements.past_due"))
        .add("settings", settings())
        .add(
            "tos_acceptance",
            Json.createObjectBuilder().addNull("date").addNull("ip").addNull("user_agent"))
        .add("type", type);
    return json.build();
  }

  /** The profile fields the contract simulates, as sent or null. */
  private JsonObjectBuilder businessProfile() {
    JsonObjectBuilder profile = Json.createObjectBuilder();
    for (String field : List.of("mcc", "name", "product_description", "support_email", "url")) {
      JsonFields.addOrNull(profile, field, businessProfile.get(field));
    }
    return profile;
  }

  /** Stripe's defaults for a new account's payouts and dashboard. */
  private static JsonObjectBuilder settings() {
    return Json.createObjectBuilder()
        .add(
            "dashboard",
            Json.createObjectBuilder().addNull("display_name").add("timezone", "Etc/UTC"))
        .add(
            "payouts",
            Json.createObjectBuilder()
                .add("debit_negative_balances", true)
                .add(
                    "schedule",
                    Json.createObjectBuilder().add("delay_days", 7).add("interval", "daily"))
                .addNull("statement_descriptor"));
  }

  private static JsonObjectBuilder requirements(List<String> due, String disabledReason) {
    JsonObjectBuilder requirements =
        Json.createObjectBuilder()
            .add("alternatives", Json.createArrayBuilder())
            .addNull("current_deadline")
            .add("currently_due", Json.createArrayBuilder(due))
            .add("errors", Json.createArrayBuilder())
            .add("eventually_due", Json.createArrayBuilder(due))
            .add("past_due", Json.createArrayBuilder(due))
            .add("pending_verification", Json.createArrayBuilder());
    return JsonFields.addOrNull(requirements, "disabled_reason", disabledReason);
  }
}
