package org.handmademarket.payments.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Chooses the payment provider from {@code payment.provider}. Fails closed: with no provider, an
 * unknown one, or Stripe without its keys, the instance gets a gateway that takes no payment and
 * says why (checkout answers 503, readiness is DOWN). The sandbox runs only where it is asked for
 * by name.
 */
@ApplicationScoped
public class PaymentProviders {

  private static final Logger LOG = Logger.getLogger(PaymentProviders.class.getName());

  @Inject Config config;

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
    String name = text("payment.provider");
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
    String secretKey = text("payment.stripe.secret-key");
    String webhookSecret = text("payment.stripe.webhook-secret");
    if (!secretKey.startsWith("sk_") && !secretKey.startsWith("rk_")) {
      return new UnconfiguredPaymentGateway(
          "payment.provider is stripe but payment.stripe.secret-key is not a Stripe secret key (sk_... or rk_...).");
    }
    if (!webhookSecret.startsWith("whsec_")) {
      return new UnconfiguredPaymentGateway(
          "payment.provider is stripe but payment.stripe.webhook-secret is not a webhook signing secret (whsec_...).");
    }
    try {
      return new StripePaymentGateway(
          new StripeSettings(
              secretKey,
              webhookSecret,
              config.getValue("payment.stripe.api-base", String.class),
              config.getValue("payment.currency", String.class),
              config.getValue("payment.stripe.webhook-tolerance-seconds", Long.class),
              Math.toIntExact(
                  config.getValue("payment.stripe.timeout-seconds", Integer.class) * 1000L),
              config.getValue("payment.stripe.network-retries", Integer.class)));
    } catch (RuntimeException e) {
      return new UnconfiguredPaymentGateway(
          "payment.provider is stripe but a payment.stripe setting is missing or not valid: "
              + e.getMessage());
    }
  }

  /** A setting as text, empty when unset: secrets are read here and never logged. */
  private String text(String key) {
    return config.getOptionalValue(key, String.class).map(String::trim).orElse("");
  }
}
