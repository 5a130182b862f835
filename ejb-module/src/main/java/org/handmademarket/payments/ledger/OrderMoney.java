package org.handmademarket.payments.ledger;

import java.math.BigDecimal;

/**
 * Where one order's money stands in the ledger.
 *
 * @param total what the buyer paid for it
 * @param refunded what went back to the buyer so far
 * @param fee the marketplace's fee taken on it
 * @param feeReturned the part of the fee given back with refunds so far
 */
public record OrderMoney(
    long orderId,
    long shopId,
    BigDecimal total,
    BigDecimal refunded,
    BigDecimal fee,
    BigDecimal feeReturned) {

  public BigDecimal refundable() {
    return total.subtract(refunded);
  }

  /** What the shop keeps of the order: what was not refunded, less the fee kept. */
  public BigDecimal shopShare() {
    return total.subtract(refunded).subtract(fee.subtract(feeReturned));
  }
}
