package org.handmademarket.checkout.placing;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Deletes old checkout visits every hour so that the table stays small. Correctness does not depend
 * on it; each instance runs it, and the delete is idempotent.
 */
@Singleton
public class CheckoutHousekeeping {

  private static final Logger LOG = Logger.getLogger(CheckoutHousekeeping.class.getName());

  @Inject CheckoutSessions sessions;

  @Schedule(hour = "*", minute = "41", persistent = false)
  void purge() {
    int deleted = sessions.purgeOld();
    LOG.fine(() -> "Deleted " + deleted + " old checkout visits");
  }
}
