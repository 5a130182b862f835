package org.handmademarket.payments.provider;

/**
 * How to reach Stripe. The secrets are never logged: {@link #toString()} leaves them out.
 *
 * @param apiBase {@code https://api.stripe.com}, or a stand-in's address in tests
 * @param networkRetries the SDK's own retries (with the same idempotency key) on network failures
 */
public record StripeSettings(
    String secretKey,
    String webhookSecret,
    String apiBase,
    String currency,
    long webhookToleranceSeconds,
    int timeoutMillis,
    int networkRetries) {

  @Override
  public String toString() {
    return "StripeSettings[apiBase=" + apiBase + ", currency=" + currency + "]";
  }
}
