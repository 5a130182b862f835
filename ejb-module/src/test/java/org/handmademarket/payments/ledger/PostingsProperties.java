package org.handmademarket.payments.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.handmademarket.platform.money.Money;

/**
 * Any interleaving of sales, partial refunds and payouts books balanced transactions, and the
 * accounts always agree: what the provider holds is what shops are owed plus the fee income; the
 * fee given back never exceeds the fee taken, and a fully refunded order leaves neither fee nor
 * share behind.
 */
class PostingsProperties {

  private static final BigDecimal FEE_PERCENT = new BigDecimal("6.5");

  sealed interface Step {}

  record SaleStep(long shop, BigDecimal amount) implements Step {}

  record RefundStep(int orderPick, int percentOfRest) implements Step {}

  record PayoutStep(long shop) implements Step {}

  @Property(tries = 300)
  void everyTransactionBalancesAndTheAccountsAgree(@ForAll("steps") List<Step> steps) {
    Map<Long, OrderMoney> orders = new HashMap<>();
    List<Posting> all = new ArrayList<>();
    long nextOrder = 1;
    for (Step step : steps) {
      List<Posting> postings;
      if (step instanceof SaleStep sale) {
        long orderId = nextOrder++;
        postings =
            Postings.charge(
                List.of(new Sale(orderId, sale.shop(), sale.amount())), FEE_PERCENT, Instant.EPOCH);
        orders.put(orderId, money(orderId, sale.shop(), all, postings));
      } else if (step instanceof RefundStep refund && !orders.isEmpty()) {
        List<Long> ids = new ArrayList<>(orders.keySet());
        OrderMoney order = orders.get(ids.get(refund.orderPick() % ids.size()));
        if (order.refundable().signum() == 0) {
          continue;
        }
        BigDecimal amount =
            refund.percentOfRest() == 100
                ? order.refundable()
                : Money.of(
                        order
                            .refundable()
                            .multiply(BigDecimal.valueOf(refund.percentOfRest()))
                            .movePointLeft(2))
                    .max(new BigDecimal("0.01"))
                    .min(order.refundable());
        postings = Postings.refund(order, amount);
        orders.put(order.orderId(), money(order.orderId(), order.shopId(), all, postings));
      } else if (step instanceof PayoutStep payout) {
        BigDecimal owed = owed(all, payout.shop());
        if (owed.signum() <= 0) {
          continue;
        }
        postings = Postings.payout(payout.shop(), owed);
      } else {
        continue;
      }
      assertEquals(0, sum(postings).signum(), () -> "unbalanced: " + postings);
      all.addAll(postings);
    }
    BigDecimal cash = sum(all, Account.PROVIDER_CASH);
    BigDecimal shops = sum(all, Account.SHOP).negate();
    BigDecimal fees = sum(all, Account.MARKETPLACE_FEES).negate();
    assertEquals(0, cash.compareTo(shops.add(fees)), "provider cash = owed to shops + fee income");
    for (OrderMoney order : orders.values()) {
      assertTrue(
          order.feeReturned().compareTo(order.fee()) <= 0, () -> "fee over-returned: " + order);
      assertTrue(order.shopShare().signum() >= 0, () -> "negative share: " + order);
      if (order.refundable().signum() == 0) {
        assertEquals(
            0,
            order.fee().compareTo(order.feeReturned()),
            () -> "fee kept on a full refund: " + order);
        assertEquals(0, order.shopShare().signum());
      }
    }
  }

  /** The order after these postings, as the ledger's query reads it. */
  private static OrderMoney money(
      long orderId, long shopId, List<Posting> before, List<Posting> now) {
    List<Posting> mine = new ArrayList<>(before);
    mine.addAll(now);
    BigDecimal fee = Money.ZERO;
    BigDecimal feeReturned = Money.ZERO;
    BigDecimal total = Money.ZERO;
    BigDecimal refunded = Money.ZERO;
    for (Posting posting : mine) {
      if (posting.orderId() == null || posting.orderId() != orderId) {
        continue;
      }
      boolean refund = posting.account() == Account.PROVIDER_CASH || posting.amount().signum() > 0;
      if (posting.account() == Account.MARKETPLACE_FEES) {
        if (posting.amount().signum() < 0) {
          fee = fee.subtract(posting.amount());
        } else {
          feeReturned = feeReturned.add(posting.amount());
        }
      }
      if (posting.account() == Account.PROVIDER_CASH) {
        refunded = refunded.subtract(posting.amount());
      } else if (!refund) {
        total = total.subtract(posting.amount());
      }
    }
    return new OrderMoney(orderId, shopId, total, refunded, fee, feeReturned);
  }

  private static BigDecimal owed(List<Posting> postings, long shop) {
    return postings.stream()
        .filter(p -> p.account() == Account.SHOP && p.shopId() == shop)
        .map(Posting::amount)
        .reduce(Money.ZERO, BigDecimal::add)
        .negate();
  }

  private static BigDecimal sum(List<Posting> postings) {
    return postings.stream().map(Posting::amount).reduce(Money.ZERO, BigDecimal::add);
  }

  private static BigDecimal sum(List<Posting> postings, Account account) {
    return sum(postings.stream().filter(p -> p.account() == account).toList());
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> sale =
        Combinators.combine(
                Arbitraries.longs().between(1, 3),
                Arbitraries.bigDecimals()
                    .between(BigDecimal.ZERO, new BigDecimal("5000"))
                    .ofScale(2))
            .as(SaleStep::new);
    Arbitrary<Step> refund =
        Combinators.combine(
                Arbitraries.integers().between(0, 50), Arbitraries.of(1, 10, 33, 50, 99, 100))
            .as(RefundStep::new);
    Arbitrary<Step> payout = Arbitraries.longs().between(1, 3).map(PayoutStep::new);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, sale),
            net.jqwik.api.Tuple.of(3, refund),
            net.jqwik.api.Tuple.of(1, payout))
        .list()
        .ofMaxSize(40);
  }
}
