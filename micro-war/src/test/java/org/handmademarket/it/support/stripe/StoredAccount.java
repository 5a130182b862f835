package org.handmademarket.it.support.stripe;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
      Map<String, String> metadata,
      long created) {
    this.id = id;
    this.type = type;
    this.country = country;
    this.email = email;
    this.defaultCurrency = defaultCurrency;
    this.capabilities = List.copyOf(capabilities);
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
        .add("metadata", JsonFields.object(metadata))
        .add("payouts_enabled", onboarded)
        .add("requirements", requirements())
        .add("type", type);
    return json.build();
  }

  private JsonObjectBuilder requirements() {
    JsonArrayBuilder due = Json.createArrayBuilder(onboarded ? List.of() : ONBOARDING_REQUIREMENTS);
    JsonObjectBuilder requirements =
        Json.createObjectBuilder()
            .add("alternatives", Json.createArrayBuilder())
            .addNull("current_deadline")
            .add("currently_due", due)
            .add("errors", Json.createArrayBuilder())
            .add(
                "eventually_due",
                Json.createArrayBuilder(onboarded ? List.of() : ONBOARDING_REQUIREMENTS))
            .add("past_due", Json.createArrayBuilder())
            .add("pending_verification", Json.createArrayBuilder());
    return JsonFields.addOrNull(
        requirements, "disabled_reason", onboarded ? null : "requirements.past_due");
  }
}
