package org.handmademarket.identity.staff;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.identity.accounts.AccountProfile;
import org.handmademarket.identity.accounts.Accounts;
import org.handmademarket.identity.accounts.EmailAddress;
import org.handmademarket.identity.accounts.UserAccount;
import org.handmademarket.identity.sessions.SessionLimits;
import org.handmademarket.identity.sessions.Sessions;
import org.handmademarket.platform.audit.AuditLog;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Admins decide who is support staff: granting and revoking {@code SUPPORT}, each with a reason in
 * the audit log. Either change ends the account's sessions: its owner signs in again and gets a new
 * session, with the limits of the new roles ({@link SessionLimits}), rather than keep a token that
 * was issued for other privileges.
 */
@Stateless
public class StaffAccounts {

  /** The audit log's target type for accounts. */
  public static final String AUDIT_TARGET = "ACCOUNT";

  private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Inject AuditLog auditLog;

  /**
   * The support staff, by email. @throws MarketplaceException 403 for callers who are not admins
   */
  public List<AccountProfile> support() {
    currentUser.requireAnyRole(Role.ADMIN);
    return em.createQuery(
            "SELECT u FROM UserAccount u JOIN u.roles r WHERE r = :role ORDER BY u.email",
            UserAccount.class)
        .setParameter("role", Role.SUPPORT)
        .getResultStream()
        .map(account -> accounts.profile(account.id()))
        .toList();
  }

  /** Makes the account with this email support staff. */
  public AccountProfile grantSupport(String email, String reason) {
    long adminId = currentUser.requireAnyRole(Role.ADMIN);
    requireReason(reason);
    UserAccount account =
        em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
            .setParameter("email", EmailAddress.normalise(email))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> InvalidField.of("email", "no account has this email address"));
    if (!account.grant(Role.SUPPORT, Sessions.now())) {
      throw new MarketplaceException(ProblemType.CONFLICT, "The account is support staff already.");
    }
    changed(adminId, account, "account.support-granted", reason);
    return accounts.profile(account.id());
  }

  /** Takes the support role away. */
  public AccountProfile revokeSupport(long userId, String reason) {
    long adminId = currentUser.requireAnyRole(Role.ADMIN);
    requireReason(reason);
    UserAccount account = em.find(UserAccount.class, userId);
    if (account == null || !account.revoke(Role.SUPPORT, Sessions.now())) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "There is no support account " + userId + ".");
    }
    changed(adminId, account, "account.support-revoked", reason);
    return accounts.profile(account.id());
  }

  private void changed(long adminId, UserAccount account, String action, String reason) {
    em.flush();
    sessions.revokeAllOf(account.id());
    auditLog.record(
        adminId,
        action,
        AUDIT_TARGET,
        account.id(),
        reason,
        JSON.createObjectBuilder().add("email", account.email()).build());
    LOG.info(() -> "Admin " + adminId + ": " + action + " for account " + account.id());
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidField.of("reason", "must say why");
    }
  }
}
