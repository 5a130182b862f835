package org.handmademarket.payments.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of a shop's money (or, for the marketplace, of all shops): what buyers paid, the fees
 * taken (net of fees given back), refunds, and payouts.
 */
public record DayTotals(
    LocalDate day, BigDecimal sales, BigDecimal fees, BigDecimal refunds, BigDecimal payouts) {}
