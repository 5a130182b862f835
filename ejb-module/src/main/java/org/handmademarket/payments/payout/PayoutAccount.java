package org.handmademarket.payments.payout;

import java.time.OffsetDateTime;

/**
 * A shop's account at the payment provider.
 *
 * @param onboardingUrl where the seller finishes the provider's onboarding; null when there is
 *     nothing to finish
 */
public record PayoutAccount(
    String provider, String accountId, OffsetDateTime connectedAt, String onboardingUrl) {}
