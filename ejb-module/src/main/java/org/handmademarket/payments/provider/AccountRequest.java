package org.handmademarket.payments.provider;

/**
 * A shop asking for an account at the provider to be paid into.
 *
 * @param returnUrl where the provider sends the seller back after its onboarding pages
 */
public record AccountRequest(long shopId, String email, String country, String returnUrl) {}
