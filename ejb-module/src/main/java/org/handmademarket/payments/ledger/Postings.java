package org.handmademarket.payments.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.handmademarket.platform.money.Money;

/**
 * The entries of each kind of ledger transaction, in pure arithmetic so that their balance can be
 * checked over any sequence (the database checks it again on commit).
 *
 * <ul>
 *   <li>charge: the provider holds the whole charge; of each order, the fee goes to the marketplace
 *       and the rest is owed to the shop, payable after the hold;
 *   <li>refund: the money leaves the provider; the marketplace gives back its fee in proportion to
 *       the part refunded (all of what is left of it on the refund that completes the order), the
 *       shop the rest;
 *   <li>payout: the money leaves the provider for the shop's account.
 * </ul>
 */
public final class Postings {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Postings() {}

  /** The marketplace's fee on an amount, to the cent, half up. */
  public static BigDecimal fee(BigDecimal amount, BigDecimal feePercent) {
    return amount.multiply(feePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  public static List<Posting> charge(List<Sale> sales, BigDecimal feePercent, Instant payable) {
    List<Posting> postings = new ArrayList<>();
    BigDecimal total = Money.ZERO;
    for (Sale sale : sales) {
      BigDecimal fee = fee(sale.amount(), feePercent);
      BigDecimal share = sale.amount().subtract(fee);
      add(postings, Account.SHOP, sale.shopId(), sale.orderId(), share.negate(), payable);
      add(postings, Account.MARKETPLACE_FEES, null, sale.orderId(), fee.negate(), null);
      total = total.add(sale.amount());
    }
    add(postings, Account.PROVIDER_CASH, null, null, total, null);
    return postings;
  }

  /**
   * @param order what the order stands at before this refund
   * @param amount the part of the order refunded now, at most what is left of it
   */
  public static List<Posting> refund(OrderMoney order, BigDecimal amount) {
    if (amount.signum() <= 0 || amount.compareTo(order.refundable()) > 0) {
      throw new IllegalArgumentException("refund of " + amount + " on " + order);
    }
    BigDecimal feeLeft = order.fee().subtract(order.feeReturned());
    BigDecimal feeBack =
        amount.compareTo(order.refundable()) == 0
            ? feeLeft
            : order
                .fee()
                .multiply(amount)
                .divide(order.total(), 2, RoundingMode.HALF_UP)
                .min(feeLeft);
    List<Posting> postings = new ArrayList<>();
    add(postings, Account.PROVIDER_CASH, null, order.orderId(), amount.negate(), null);
    add(postings, Account.MARKETPLACE_FEES, null, order.orderId(), feeBack, null);
    add(postings, Account.SHOP, order.shopId(), order.orderId(), amount.subtract(feeBack), null);
    return postings;
  }

  public static List<Posting> payout(long shopId, BigDecimal amount) {
    List<Posting> postings = new ArrayList<>();
    add(postings, Account.SHOP, shopId, null, amount, null);
    add(postings, Account.PROVIDER_CASH, null, null, amount.negate(), null);
    return postings;
  }

  /** Leaves out entries of zero (a free order, a fee rounded to nothing). */
  private static void add(
      List<Posting> postings,
      Account account,
      Long shopId,
      Long orderId,
      BigDecimal amount,
      Instant availableAt) {
    if (amount.signum() != 0) {
      postings.add(new Posting(account, shopId, orderId, Money.of(amount), availableAt));
    }
  }
}
