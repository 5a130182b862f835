package org.handmademarket.payments.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the payment provider from {@code payment.provider}. Fails closed: with no provider, an
 * unknown one, or Stripe without its keys, the instance gets a gateway that takes no payment and
 * says why (checkout answers 503, readiness is DOWN). The sandbox runs only where it is asked for
 * by name.
 */
@ApplicationScoped
public class PaymentProviders {

  private static final Logger LOG = Logger.getLogger(PaymentProviders.class.getName());

  @Inject
  @ConfigProperty(name = "payment.provider")
  Optional<String> provider;

  @Inject
  @ConfigProperty(name = "payment.currency")
  String currency;

  @Inject
  @ConfigProperty(name = "payment.stripe.secret-key")
  Optional<String> stripeSecretKey;

  @Inject
  @ConfigProperty(name = "payment.stripe.webhook-secret")
  Optional<String> stripeWebhookSecret;

  @Inject
  @ConfigProperty(name = "payment.stripe.api-base")
  String stripeApiBase;

  @Inject
  @ConfigProperty(name = "payment.stripe.webhook-tolerance-seconds")
  long webhookToleranceSeconds;

  @Inject
  @ConfigProperty(name = "payment.stripe.timeout-seconds")
  int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "payment.stripe.network-retries")
  int networkRetries;

  @Produces
  @ApplicationScoped
  PaymentGateway gateway() {
    PaymentGateway gateway = choose();
    gateway
        .unavailable()
        .ifPresentOrElse(
            reason -> LOG.warning("Payments are switched off: " + reason),
            () -> LOG.info("Payment provider: " + gateway.name()));
    return gateway;
  }

  private PaymentGateway choose() {
    String name = provider.map(String::trim).orElse("");
    switch (name) {
      case SandboxPaymentGateway.NAME:
        return new SandboxPaymentGateway();
      case StripePaymentGateway.NAME:
        return stripe();
      case "":
        return new UnconfiguredPaymentGateway(
            "No payment provider is configured: set payment.provider to stripe, with its keys"
                + " (see docs/operations.md), or to sandbox for development and tests.");
      default:
        return new UnconfiguredPaymentGateway(
            "payment.provider names no known provider (stripe or sandbox).");
    }
  }

  private PaymentGateway stripe() {
    String secretKey = stripeSecretKey.map(String::trim).orElse("");
    String webhookSecret = stripeWebhookSecret.map(String::trim).orElse("");
    if (!secretKey.startsWith("sk_") && !secretKey.startsWith("rk_")) {
      return new UnconfiguredPaymentGateway(
          "payment.provider is stripe but payment.stripe.secret-key is not a Stripe secret key (sk_... or rk_...).");
    }
    if (!webhookSecret.startsWith("whsec_")) {
      return new UnconfiguredPaymentGateway(
          "payment.provider is stripe but payment.stripe.webhook-secret is not a webhook signing secret (whsec_...).");
    }
    return new StripePaymentGateway(
        new StripeSettings(
            secretKey,
            webhookSecret,
            stripeApiBase,
            currency,
            webhookToleranceSeconds,
            Math.toIntExact(timeoutSeconds * 1000L),
            networkRetries));
  }
}
