package org.handmademarket.payments.payout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.payments.ledger.DayTotals;
import org.handmademarket.payments.ledger.Ledger;

/** The marketplace's money by day, for admins. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FeeIncome {

  @Inject CurrentUser currentUser;
  @Inject Ledger ledger;

  /**
   * @throws MarketplaceException 401, 403 unless the caller is an admin
   */
  public List<DayTotals> byDay(int days) {
    currentUser.requireRole(Role.ADMIN);
    return ledger.marketplaceHistory(days);
  }
}
