/**
 * The money ledger: every movement of money as a balanced double-entry transaction (charges with
 * the marketplace's fee and each shop's share, refunds with the fee given back in proportion,
 * payouts), and the shop balances read from it. Owns {@code ledger_transactions} and {@code
 * ledger_entries}; the database refuses a transaction that does not balance and any change to a
 * written entry.
 */
package org.handmademarket.payments.ledger;
