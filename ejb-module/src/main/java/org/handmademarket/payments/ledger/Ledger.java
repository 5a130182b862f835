package org.handmademarket.payments.ledger;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.money.Money;
import org.handmademarket.platform.persistence.SqlArrays;
import org.handmademarket.platform.persistence.Timestamps;

/**
 * Writes money movements to the ledger, each as one balanced transaction in the caller's database
 * transaction ({@code MANDATORY}: the movement and what caused it commit together or not at all),
 * and reads balances back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Ledger {

  static final String CHARGE = "CHARGE";
  static final String REFUND = "REFUND";
  static final String PAYOUT = "PAYOUT";

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "payment.fee.percent")
  BigDecimal feePercent;

  @Inject
  @ConfigProperty(name = "payment.payout.delay-days")
  int payoutDelayDays;

  /** A checkout's charge, split into the marketplace's fee and each shop's share. */
  public void charge(UUID checkoutId, String reference, List<Sale> sales) {
    Instant payable = Instant.now().plus(Duration.ofDays(payoutDelayDays));
    write(CHARGE, checkoutId, reference, "", Postings.charge(sales, feePercent, payable));
  }

  /**
   * Money given back on one order.
   *
   * @throws IllegalArgumentException for more than is left of the order
   */
  public void refund(
      UUID checkoutId, String reference, long orderId, BigDecimal amount, String memo) {
    write(REFUND, checkoutId, reference, memo, Postings.refund(order(orderId), amount));
  }

  /** A payout to a shop's connected account. */
  public void payout(long shopId, String reference, BigDecimal amount) {
    write(PAYOUT, null, reference, "", Postings.payout(shopId, amount));
  }

  /** Where an order's money stands; an order never charged stands at zero. */
  public OrderMoney order(long orderId) {
    return orders(List.of(orderId))
        .getOrDefault(
            orderId, new OrderMoney(orderId, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
  }

  /** Where the orders' money stands, for those that were charged. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<Long, OrderMoney> orders(List<Long> orderIds) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.order_id,"
                    + " max(e.shop_id) FILTER (WHERE e.account = 'SHOP'),"
                    + " -coalesce(sum(e.amount) FILTER (WHERE t.kind = 'CHARGE'), 0),"
                    + " -coalesce(sum(e.amount) FILTER (WHERE t.kind = 'REFUND' AND e.account = 'PROVIDER_CASH'), 0),"
                    + " -coalesce(sum(e.amount) FILTER (WHERE t.kind = 'CHARGE' AND e.account = 'MARKETPLACE_FEES'), 0),"
                    + " coalesce(sum(e.amount) FILTER (WHERE t.kind = 'REFUND' AND e.account = 'MARKETPLACE_FEES'), 0)"
                    + " FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id"
                    + " WHERE e.order_id = ANY(CAST(?1 AS bigint[]))"
                    + " GROUP BY e.order_id")
            .setParameter(1, SqlArrays.bigints(orderIds))
            .getResultList();
    Map<Long, OrderMoney> orders = new LinkedHashMap<>();
    for (Object[] row : rows) {
      long orderId = ((Number) row[0]).longValue();
      orders.put(
          orderId,
          new OrderMoney(
              orderId,
              row[1] == null ? 0 : ((Number) row[1]).longValue(),
              Money.of((BigDecimal) row[2]),
              Money.of((BigDecimal) row[3]),
              Money.of((BigDecimal) row[4]),
              Money.of((BigDecimal) row[5])));
    }
    return orders;
  }

  /** What the marketplace owes the shop now, and how much of it may be paid out. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ShopBalance balance(long shopId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT -coalesce(sum(amount), 0),"
                        + " -coalesce(sum(amount) FILTER (WHERE available_at > now()), 0)"
                        + " FROM ledger_entries WHERE account = 'SHOP' AND shop_id = ?1")
                .setParameter(1, shopId)
                .getSingleResult();
    BigDecimal balance = Money.of((BigDecimal) row[0]);
    BigDecimal pending = Money.of((BigDecimal) row[1]);
    return new ShopBalance(balance, pending, balance.subtract(pending));
  }

  /**
   * A shop's money by day (UTC) over the last days, oldest first; days without movement are left
   * out.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<DayTotals> shopHistory(long shopId, int days) {
    return history(
        "t.id IN (SELECT transaction_id FROM ledger_entries WHERE account = 'SHOP' AND shop_id = ?1)"
            + " AND (e.account <> 'SHOP' OR e.shop_id = ?1)"
            + " AND (e.order_id IS NULL OR e.order_id IN (SELECT order_id FROM ledger_entries"
            + " WHERE account = 'SHOP' AND shop_id = ?1 AND order_id IS NOT NULL))",
        shopId,
        days);
  }

  /** The whole marketplace's money by day (UTC) over the last days, oldest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<DayTotals> marketplaceHistory(int days) {
    return history("?1 = ?1", 0, days);
  }

  private List<DayTotals> history(String scope, long shopId, int days) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CAST(date_trunc('day', t.created_at AT TIME ZONE 'UTC') AS date),"
                    + " coalesce(sum(-e.amount) FILTER (WHERE t.kind = 'CHARGE' AND e.account <> 'PROVIDER_CASH'), 0),"
                    + " coalesce(sum(-e.amount) FILTER (WHERE e.account = 'MARKETPLACE_FEES'), 0),"
                    + " coalesce(sum(-e.amount) FILTER (WHERE t.kind = 'REFUND' AND e.account = 'PROVIDER_CASH'), 0),"
                    + " coalesce(sum(e.amount) FILTER (WHERE t.kind = 'PAYOUT' AND e.account = 'SHOP'), 0)"
                    + " FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id"
                    + " WHERE t.created_at >= now() - make_interval(days => ?2) AND "
                    + scope
                    + " GROUP BY 1 ORDER BY 1")
            .setParameter(1, shopId)
            .setParameter(2, days)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new DayTotals(
                    ((java.sql.Date) row[0]).toLocalDate(),
                    Money.of((BigDecimal) row[1]),
                    Money.of((BigDecimal) row[2]),
                    Money.of((BigDecimal) row[3]),
                    Money.of((BigDecimal) row[4])))
        .toList();
  }

  /**
   * Every ledger entry of the order's money, oldest first: the checkout's charge as far as it
   * concerns the order, and each refund.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<TrailEntry> trail(long orderId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.kind, t.reference, t.memo, t.created_at, e.account, e.shop_id, e.amount"
                    + " FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id"
                    + " WHERE e.order_id = ?1 ORDER BY t.id, e.id")
            .setParameter(1, orderId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new TrailEntry(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    Timestamps.of(row[3]),
                    Account.valueOf((String) row[4]),
                    row[5] == null ? null : ((Number) row[5]).longValue(),
                    Money.of((BigDecimal) row[6])))
        .toList();
  }

  private void write(
      String kind, UUID checkoutId, String reference, String memo, List<Posting> postings) {
    JsonArrayBuilder entries = JSON.createArrayBuilder();
    for (Posting posting : postings) {
      JsonObjectBuilder entry =
          JSON.createObjectBuilder()
              .add("account", posting.account().name())
              .add("amount", posting.amount());
      if (posting.shopId() != null) {
        entry.add("shop_id", posting.shopId());
      }
      if (posting.orderId() != null) {
        entry.add("order_id", posting.orderId());
      }
      if (posting.availableAt() != null) {
        entry.add("available_at", posting.availableAt().toString());
      }
      entries.add(entry);
    }
    em.createNativeQuery(
            "WITH t AS (INSERT INTO ledger_transactions (kind, checkout_id, reference, memo)"
                + " VALUES (?1, CAST(?2 AS uuid), ?3, ?4) RETURNING id)"
                + " INSERT INTO ledger_entries (transaction_id, account, shop_id, order_id, amount, available_at)"
                + " SELECT t.id, e.account, e.shop_id, e.order_id, e.amount, e.available_at"
                + " FROM t, jsonb_to_recordset(CAST(?5 AS jsonb)) AS e(account varchar,"
                + " shop_id bigint, order_id bigint, amount numeric, available_at timestamptz)")
        .setParameter(1, kind)
        .setParameter(2, checkoutId == null ? null : checkoutId.toString())
        .setParameter(3, reference)
        .setParameter(4, memo == null ? "" : memo)
        .setParameter(5, entries.build().toString())
        .executeUpdate();
  }
}
