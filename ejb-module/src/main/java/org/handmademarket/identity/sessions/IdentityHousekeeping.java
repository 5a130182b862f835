package org.handmademarket.identity.sessions;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.handmademarket.identity.accounts.AccountTokens;
import org.handmademarket.identity.throttling.LoginThrottling;

/**
 * Deletes expired sessions, throttling records and mailed tokens every hour. Correctness does not
 * depend on it (expired rows are ignored anyway); it keeps the tables small. Each instance runs it;
 * the deletes are idempotent.
 */
@Singleton
public class IdentityHousekeeping {

  private static final Logger LOG = Logger.getLogger(IdentityHousekeeping.class.getName());

  @Inject Sessions sessions;
  @Inject LoginThrottling throttling;
  @Inject AccountTokens tokens;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void purge() {
    int expiredSessions = sessions.purgeExpired();
    int staleThrottles = throttling.purgeStale();
    int expiredTokens = tokens.purgeExpired();
    LOG.fine(
        () ->
            "Deleted "
                + expiredSessions
                + " expired sessions and "
                + staleThrottles
                + " stale throttling records, "
                + expiredTokens
                + " expired mailed tokens");
  }
}
