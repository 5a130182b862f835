package org.handmademarket.payments.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the storefront needs to collect a payment method: which provider takes payments, the
 * provider's publishable key for its client library, and, with the sandbox only, its test payment
 * methods.
 */
@ApplicationScoped
public class PaymentOptions {

  @Inject PaymentGateway gateway;

  @Inject
  @ConfigProperty(name = "payment.stripe.publishable-key")
  Optional<String> publishableKey;

  public record Options(String provider, boolean available, String publishableKey) {}

  public record TestMethod(String id, String label, String outcome) {}

  public Options options() {
    boolean stripe = StripePaymentGateway.NAME.equals(gateway.name());
    return new Options(
        gateway.name(),
        gateway.unavailable().isEmpty(),
        stripe ? publishableKey.orElse(null) : null);
  }

  /** The sandbox's payment methods; empty when the sandbox is not the provider. */
  public List<TestMethod> sandboxMethods() {
    if (!SandboxPaymentGateway.NAME.equals(gateway.name())) {
      return List.of();
    }
    return Arrays.stream(SandboxPaymentMethod.values())
        .map(method -> new TestMethod(method.id(), method.label(), method.outcome()))
        .toList();
  }
}
