package org.handmademarket.payments.payout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.catalog.seller.SellerAccess;
import org.handmademarket.payments.ledger.Ledger;
import org.handmademarket.payments.ledger.ShopBalance;
import org.handmademarket.platform.money.Money;
import org.handmademarket.platform.persistence.Timestamps;

/** The caller's shop's money, read from the ledger. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SellerPayouts {

  static final int RECENT = 20;
  static final int HISTORY_DAYS = 90;
  static final LocalTime PAYOUT_TIME = LocalTime.of(3, 0);

  @PersistenceContext EntityManager em;

  @Inject SellerAccess sellers;
  @Inject Ledger ledger;
  @Inject PayoutAccounts accounts;

  @Inject
  @ConfigProperty(name = "payment.fee.percent")
  BigDecimal feePercent;

  /**
   * @throws MarketplaceException 401, 403 without a shop
   */
  public PayoutSummary mine() {
    long shopId = sellers.ownShopId();
    ShopBalance balance = ledger.balance(shopId);
    PayoutAccount account = accounts.of(shopId).orElse(null);
    return new PayoutSummary(
        feePercent,
        balance,
        account,
        account == null ? null : nextPayoutDate(OffsetDateTime.now(ZoneOffset.UTC)),
        account == null ? null : balance.available().max(Money.ZERO),
        payouts(shopId),
        new ArrayList<>(ledger.orders(recentOrders(shopId)).values()),
        ledger.shopHistory(shopId, HISTORY_DAYS));
  }

  static LocalDate nextPayoutDate(OffsetDateTime now) {
    LocalDate today = now.toLocalDate();
    return now.toLocalTime().isBefore(PAYOUT_TIME) ? today : today.plusDays(1);
  }

  private List<Payout> payouts(long shopId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, payout_date, amount, reference, created_at FROM payouts"
                    + " WHERE shop_id = ?1 ORDER BY payout_date DESC LIMIT ?2")
            .setParameter(1, shopId)
            .setParameter(2, RECENT)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Payout(
                    ((Number) row[0]).longValue(),
                    shopId,
                    ((java.sql.Date) row[1]).toLocalDate(),
                    Money.of((BigDecimal) row[2]),
                    (String) row[3],
                    Timestamps.of(row[4])))
        .toList();
  }

  /** The shop's most recently charged orders, from its ledger entries. */
  private List<Long> recentOrders(long shopId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT order_id FROM ledger_entries WHERE account = 'SHOP' AND shop_id = ?1"
                    + " AND order_id IS NOT NULL GROUP BY order_id ORDER BY max(id) DESC LIMIT ?2")
            .setParameter(1, shopId)
            .setParameter(2, RECENT)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
