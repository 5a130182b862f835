package org.handmademarket.it.support.stripe;

import static org.handmademarket.it.support.stripe.Param.bool;
import static org.handmademarket.it.support.stripe.Param.country;
import static org.handmademarket.it.support.stripe.Param.currency;
import static org.handmademarket.it.support.stripe.Param.email;
import static org.handmademarket.it.support.stripe.Param.hash;
import static org.handmademarket.it.support.stripe.Param.listOf;
import static org.handmademarket.it.support.stripe.Param.metadata;
import static org.handmademarket.it.support.stripe.Param.oneOf;
import static org.handmademarket.it.support.stripe.Param.positiveInteger;
import static org.handmademarket.it.support.stripe.Param.string;
import static org.handmademarket.it.support.stripe.Param.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of Stripe's API the marketplace uses and their parameters, transcribed from
 * Stripe's API description for version 2025-03-31.basil (the API reference and the parameter
 * classes of stripe-java 29, which are generated from it). Each operation lists all its top-level
 * parameters: those the stand-in acts on with their types, the others as not simulated, so that a
 * request Stripe would refuse and a request the stand-in would answer differently from Stripe both
 * show up as violations.
 */
final class StripeContract {

  /** The API version stripe-java 29.0.0 pins and sends as {@code Stripe-Version}. */
  static final String API_VERSION = "2025-03-31.basil";

  /** One operation: its method, its path (a group captures the object id) and its parameters. */
  record Operation(String name, String method, Pattern path, Param.Hash params) {}

  /** An operation matched to a request, with the object id from its path if it has one. */
  record Match(Operation operation, String objectId) {}

  static final String CREATE_PAYMENT_INTENT = "create_payment_intent";
  static final String RETRIEVE_PAYMENT_INTENT = "retrieve_payment_intent";
  static final String CREATE_REFUND = "create_refund";
  static final String CREATE_ACCOUNT = "create_account";
  static final String RETRIEVE_ACCOUNT = "retrieve_account";
  static final String CREATE_ACCOUNT_LINK = "create_account_link";
  static final String CREATE_TRANSFER = "create_transfer";

  private static final List<Operation> OPERATIONS =
      List.of(
          new Operation(
              CREATE_PAYMENT_INTENT,
              "POST",
              Pattern.compile("/v1/payment_intents"),
              hash()
                  .required("amount", positiveInteger())
                  .required("currency", currency())
                  .optional(
                      "automatic_payment_methods",
                      hash()
                          .required("enabled", bool())
                          .optional("allow_redirects", oneOf("always", "never")))
                  .optional("confirm", bool())
                  .optional("description", string(1000))
                  .optional("error_on_requires_action", bool())
                  .optional("metadata", metadata())
                  .optional("payment_method", string())
                  .optional("payment_method_types", listOf(string()))
                  .optional("receipt_email", email())
                  .optional("return_url", url())
                  .optional("statement_descriptor_suffix", string(22))
                  .optional("transfer_group", string())
                  .notSimulated(
                      "application_fee_amount",
                      "capture_method",
                      "confirmation_method",
                      "confirmation_token",
                      "customer",
                      "expand",
                      "mandate",
                      "mandate_data",
                      "off_session",
                      "on_behalf_of",
                      "payment_method_configuration",
                      "payment_method_data",
                      "payment_method_options",
                      "radar_options",
                      "setup_future_usage",
                      "shipping",
                      "statement_descriptor",
                      "transfer_data",
                      "use_stripe_sdk")),
          new Operation(
              RETRIEVE_PAYMENT_INTENT,
              "GET",
              Pattern.compile("/v1/payment_intents/([^/]+)"),
              hash().notSimulated("client_secret", "expand")),
          new Operation(
              CREATE_REFUND,
              "POST",
              Pattern.compile("/v1/refunds"),
              // Stripe needs one of charge and payment_intent; the marketplace refunds intents.
              hash()
                  .required("payment_intent", string())
                  .optional("amount", positiveInteger())
                  .optional("metadata", metadata())
                  .optional("reason", oneOf("duplicate", "fraudulent", "requested_by_customer"))
                  .notSimulated(
                      "charge",
                      "currency",
                      "customer",
                      "expand",
                      "instructions_email",
                      "origin",
                      "refund_application_fee",
                      "reverse_transfer")),
          new Operation(
              CREATE_ACCOUNT,
              "POST",
              Pattern.compile("/v1/accounts"),
              hash()
                  .optional(
                      "business_profile",
                      hash()
                          .optional("mcc", string(4))
                          .optional("name", string())
                          .optional("product_description", string(40000))
                          .optional("support_email", email())
                          .optional("url", url())
                          .othersNotSimulated())
                  .optional(
                      "business_type",
                      oneOf("company", "government_entity", "individual", "non_profit"))
                  .optional(
                      "capabilities",
                      hash()
                          .optional("card_payments", hash().optional("requested", bool()))
                          .optional("transfers", hash().optional("requested", bool()))
                          .othersNotSimulated())
                  .optional("country", country())
                  .optional("default_currency", currency())
                  .optional("email", email())
                  .optional("metadata", metadata())
                  .optional("type", oneOf("custom", "express", "standard"))
                  .notSimulated(
                      "account_token",
                      "company",
                      "controller",
                      "documents",
                      "expand",
                      "external_account",
                      "groups",
                      "individual",
                      "settings",
                      "tos_acceptance")),
          new Operation(
              RETRIEVE_ACCOUNT,
              "GET",
              Pattern.compile("/v1/accounts/([^/]+)"),
              hash().notSimulated("expand")),
          new Operation(
              CREATE_ACCOUNT_LINK,
              "POST",
              Pattern.compile("/v1/account_links"),
              hash()
                  .required("account", string())
                  .required("type", oneOf("account_onboarding", "account_update"))
                  .optional("refresh_url", url())
                  .optional("return_url", url())
                  .notSimulated("collect", "collection_options", "expand")),
          new Operation(
              CREATE_TRANSFER,
              "POST",
              Pattern.compile("/v1/transfers"),
              hash()
                  .required("amount", positiveInteger())
                  .required("currency", currency())
                  .required("destination", string())
                  .optional("description", string())
                  .optional("metadata", metadata())
                  .optional("source_transaction", string())
                  .optional("transfer_group", string())
                  .notSimulated("expand", "source_type")));

  private StripeContract() {}

  /** The operation a method and path call, if the contract has it. */
  static Optional<Match> match(String method, String path) {
    for (Operation operation : OPERATIONS) {
      Matcher matcher = operation.path().matcher(path);
      if (operation.method().equals(method) && matcher.matches()) {
        return Optional.of(
            new Match(operation, matcher.groupCount() > 0 ? matcher.group(1) : null));
      }
    }
    return Optional.empty();
  }

  /** What in a request's parameters Stripe would refuse or the stand-in cannot answer as Stripe. */
  static List<Violation> check(Operation operation, Map<String, String> params) {
    List<Violation> violations = new ArrayList<>();
    ParamTree tree = ParamTree.of(params, violations);
    operation.params().check("", tree, violations);
    return violations;
  }
}
