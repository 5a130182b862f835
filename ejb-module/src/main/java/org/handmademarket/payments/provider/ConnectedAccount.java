package org.handmademarket.payments.provider;

/**
 * A shop's account at the provider.
 *
 * @param onboardingUrl where the seller completes the provider's own onboarding (identity, bank
 *     account); null when nothing is left to complete
 */
public record ConnectedAccount(String provider, String accountId, String onboardingUrl) {}
