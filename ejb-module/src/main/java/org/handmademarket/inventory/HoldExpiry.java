package org.handmademarket.inventory;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the pieces of expired holds back on sale every few seconds, announcing each listing like any
 * stock change (search, live pages). Every instance runs it; two instances returning the same hold
 * cannot both return it, because the hold row is deleted under the listing's row lock. Checkout and
 * holding also return expired holds on the listings they lock, so a buyer never waits for this to
 * run: it exists for the listings nobody is buying at the moment.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HoldExpiry {

  /** Listings per transaction: a backlog is worked off in short transactions, not one long one. */
  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());

  @Inject Inventory inventory;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void releaseExpired() {
    try {
      int released;
      do {
        released = inventory.releaseExpired(BATCH);
      } while (released == BATCH);
    } catch (RuntimeException e) {
      // The next run tries again; an expired hold blocks nobody who is checking out meanwhile.
      LOG.log(Level.WARNING, "Could not release expired holds", e);
    }
  }
}
