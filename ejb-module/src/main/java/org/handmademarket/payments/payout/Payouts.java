package org.handmademarket.payments.payout;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.money.Money;

/**
 * The daily payout job (03:00 UTC on every instance; each shop is paid once a day whichever runs
 * it, see {@link PayoutRun}), which an admin may also start at once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Payouts {

  private static final Logger LOG = Logger.getLogger(Payouts.class.getName());

  @Inject PayoutRun run;
  @Inject CurrentUser currentUser;

  /** How many shops were paid and how much in all. */
  public record RunSummary(LocalDate day, int shopsPaid, BigDecimal amount) {}

  @Schedule(hour = "3", minute = "0", persistent = false)
  void daily() {
    RunSummary summary = payAll();
    LOG.info(
        "Payouts for "
            + summary.day()
            + ": "
            + summary.shopsPaid()
            + " shops, "
            + summary.amount());
  }

  /** Runs today's payouts now. @throws MarketplaceException 403 unless the caller is an admin */
  public RunSummary runNow() {
    currentUser.requireRole(Role.ADMIN);
    return payAll();
  }

  private RunSummary payAll() {
    LocalDate day = LocalDate.now(ZoneOffset.UTC);
    int paid = 0;
    BigDecimal total = Money.ZERO;
    for (long shopId : run.connectedShops()) {
      try {
        BigDecimal amount = run.pay(shopId, day).orElse(null);
        if (amount != null) {
          paid++;
          total = total.add(amount);
        }
      } catch (RuntimeException e) {
        // The provider did not answer or the shop's row failed: the others are still paid, and
        // tomorrow's run (or an admin's) tries this one again with the same key for today.
        LOG.log(Level.WARNING, "Payout to shop " + shopId + " failed", e);
      }
    }
    return new RunSummary(day, paid, total);
  }
}
