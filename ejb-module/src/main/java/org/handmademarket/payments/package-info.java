/**
 * Money with the payment provider: the gateway to the provider chosen by configuration ({@code
 * provider}), the double-entry ledger of every movement of money with the marketplace's fee ({@code
 * ledger}), and shops' payout accounts and payouts ({@code payout}). Knows nothing of checkouts or
 * orders beyond their ids: checkout calls in, never the other way round.
 */
package org.handmademarket.payments;
