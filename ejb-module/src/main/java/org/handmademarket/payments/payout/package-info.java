/**
 * Paying shops: each connects an account at the payment provider ({@code payout_accounts}), and a
 * daily job pays every connected shop what the ledger says is available, by transfer, once per shop
 * and day whichever instance runs it ({@code payouts}). Balances wait in the ledger until a shop
 * connects an account.
 */
package org.handmademarket.payments.payout;
