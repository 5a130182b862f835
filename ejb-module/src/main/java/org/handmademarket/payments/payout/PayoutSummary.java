package org.handmademarket.payments.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.handmademarket.payments.ledger.DayTotals;
import org.handmademarket.payments.ledger.OrderMoney;
import org.handmademarket.payments.ledger.ShopBalance;

/**
 * A seller's money: the balance (pending and available), the payout account, the next payout (date
 * and amount as of now; none without an account), recent payouts, each recent order's fee
 * breakdown, and the last days by day for a chart.
 */
public record PayoutSummary(
    BigDecimal feePercent,
    ShopBalance balance,
    PayoutAccount account,
    LocalDate nextPayoutDate,
    BigDecimal nextPayoutAmount,
    List<Payout> payouts,
    List<OrderMoney> orders,
    List<DayTotals> history) {}
