package org.handmademarket.identity.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.identity.Role;

/**
 * How long a session may go unused and how long it lives at most, by the account's roles when it
 * signed in (auth.session.* in microprofile-config.properties). Staff (SUPPORT, ADMIN) can act on
 * every shop and order, so theirs are short: by default 30 min idle and 12 h in all, one working
 * day. Shoppers and sellers keep theirs 14 days idle and 30 days in all, as shops usually do.
 */
@ApplicationScoped
public class SessionLimits {

  /** Idle and absolute limits of one session. */
  record Limits(Duration idle, Duration lifetime) {}

  @Inject
  @ConfigProperty(name = "auth.session.staff.idle-minutes")
  long staffIdleMinutes;

  @Inject
  @ConfigProperty(name = "auth.session.staff.lifetime-hours")
  long staffLifetimeHours;

  @Inject
  @ConfigProperty(name = "auth.session.idle-days")
  long idleDays;

  @Inject
  @ConfigProperty(name = "auth.session.lifetime-days")
  long lifetimeDays;

  Limits of(Set<Role> roles) {
    if (isStaff(roles)) {
      return new Limits(Duration.ofMinutes(staffIdleMinutes), Duration.ofHours(staffLifetimeHours));
    }
    return new Limits(Duration.ofDays(idleDays), Duration.ofDays(lifetimeDays));
  }

  public static boolean isStaff(Set<Role> roles) {
    return roles.contains(Role.SUPPORT) || roles.contains(Role.ADMIN);
  }
}
