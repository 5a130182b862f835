package org.handmademarket.payments.ledger;

/** The ledger's accounts. Positive amounts are debits, negative ones credits. */
public enum Account {
  /** Money held for the marketplace at the payment provider. */
  PROVIDER_CASH,
  /** The marketplace's fee income. */
  MARKETPLACE_FEES,
  /** What the marketplace owes one shop. */
  SHOP
}
