package org.handmademarket.payments.payout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.handmademarket.payments.ledger.Ledger;
import org.handmademarket.payments.ledger.ShopBalance;
import org.handmademarket.payments.provider.PaymentGateway;
import org.handmademarket.payments.provider.TransferRequest;
import org.handmademarket.payments.provider.TransferResult;

/**
 * Pays one shop, in a transaction of its own that holds the shop's payout account row: the
 * available balance is transferred and the payout written with its ledger transaction, or nothing
 * is. Another instance running the job skips a shop being paid ({@code SKIP LOCKED}), and the
 * unique (shop, day) of {@code payouts} keeps a second payout the same day out. The transfer's
 * idempotency key is the shop and day, so a retry after an unanswered transfer cannot pay twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PayoutRun {

  private static final Logger LOG = Logger.getLogger(PayoutRun.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;
  @Inject PaymentGateway gateway;

  /** The shops with a payout account. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> connectedShops() {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("SELECT shop_id FROM payout_accounts ORDER BY shop_id")
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** Pays the shop's available balance for the day, when there is one to pay. */
  public Optional<BigDecimal> pay(long shopId, LocalDate day) {
    @SuppressWarnings("unchecked")
    List<String> account =
        em.createNativeQuery(
                "SELECT a.account_id FROM payout_accounts a WHERE a.shop_id = ?1"
                    + " AND NOT EXISTS (SELECT 1 FROM payouts p WHERE p.shop_id = a.shop_id"
                    + " AND p.payout_date = ?2)"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, shopId)
            .setParameter(2, day)
            .getResultList();
    if (account.isEmpty()) {
      return Optional.empty();
    }
    ShopBalance balance = ledger.balance(shopId);
    BigDecimal amount = balance.available();
    if (amount.signum() <= 0) {
      return Optional.empty();
    }
    TransferResult result =
        gateway.transfer(
            new TransferRequest(
                "payout-" + shopId + "-" + day,
                account.get(0),
                amount,
                "Handmade Market payout for " + day));
    if (result instanceof TransferResult.Refused refused) {
      LOG.warning("Payout to shop " + shopId + " refused: " + refused.reason());
      return Optional.empty();
    }
    String reference = ((TransferResult.Transferred) result).reference();
    em.createNativeQuery(
            "INSERT INTO payouts (shop_id, payout_date, amount, account_id, reference)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, shopId)
        .setParameter(2, day)
        .setParameter(3, amount)
        .setParameter(4, account.get(0))
        .setParameter(5, reference)
        .executeUpdate();
    ledger.payout(shopId, reference, amount);
    return Optional.of(amount);
  }
}
