package org.handmademarket.payments.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a payment provider is configured: an instance that cannot take payments is kept out of
 * rotation. The provider itself is not called: its outage shows in checkouts (pending, then settled
 * by its notifications), not as every instance leaving the load balancer at once.
 */
@Readiness
@ApplicationScoped
public class PaymentProviderHealthCheck implements HealthCheck {

  static final String NAME = "payments";

  @Inject PaymentGateway gateway;

  @Override
  public HealthCheckResponse call() {
    return gateway
        .unavailable()
        .map(reason -> HealthCheckResponse.named(NAME).down().withData("reason", reason).build())
        .orElseGet(
            () ->
                HealthCheckResponse.named(NAME).up().withData("provider", gateway.name()).build());
  }
}
