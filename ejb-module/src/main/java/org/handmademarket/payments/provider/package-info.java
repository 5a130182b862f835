/**
 * The payment provider behind one interface, {@link
 * org.handmademarket.payments.provider.PaymentGateway}, chosen by {@code payment.provider}: {@code
 * stripe} (PaymentIntents, refunds, Connect accounts and transfers, signed webhooks), or {@code
 * sandbox}, which answers the provider's test payment methods without any network and must be
 * switched on explicitly. Without either, checkout is refused and readiness is DOWN: an instance
 * never approves payments by default. Card numbers never reach the marketplace: the storefront
 * turns them into a payment method id with the provider's own client library.
 */
package org.handmademarket.payments.provider;
