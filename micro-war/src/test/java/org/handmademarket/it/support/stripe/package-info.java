/**
 * A stand-in for the part of Stripe's HTTP API that the marketplace uses, for tests that run the
 * real Stripe SDK without a network: payment intents, refunds, Connect accounts, account links and
 * transfers, answered as Stripe's test mode answers its documented test payment methods, plus
 * signed webhook events.
 *
 * <p>Every request is checked against {@link org.handmademarket.it.support.stripe.StripeContract},
 * the parameters of those operations as Stripe describes them for API version 2025-03-31.basil; a
 * request outside it is answered 400 and listed in {@code contractViolations()}, so that a test
 * fails when the gateway would send Stripe something it refuses.
 */
package org.handmademarket.it.support.stripe;
