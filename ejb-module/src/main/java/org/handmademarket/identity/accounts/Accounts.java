package org.handmademarket.identity.accounts;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.identity.sessions.SessionLimits;
import org.handmademarket.identity.sessions.SessionTokens;
import org.handmademarket.identity.sessions.Sessions;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/** Registers accounts, shows them to their owners, and changes their roles and status. */
@Stateless
public class Accounts {

  public static final int DISPLAY_NAME_MAX_LENGTH = 80;

  private static final String UNIQUE_VIOLATION = "23505";
  private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject Sessions sessions;
  @Inject EmailVerification verification;
  @Inject Event<AccountMail> mails;

  /**
   * A new shopper account; the email must not be registered yet. A link to confirm the address is
   * mailed with it.
   */
  public AccountProfile register(String email, String displayName, String password) {
    SortedMap<String, String> problems = new TreeMap<>();
    EmailAddress address = null;
    try {
      address = EmailAddress.of(email);
    } catch (IllegalArgumentException e) {
      problems.put("email", "must be an email address");
    }
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > DISPLAY_NAME_MAX_LENGTH) {
      problems.put("displayName", "size must be between 1 and " + DISPLAY_NAME_MAX_LENGTH);
    }
    PasswordPolicy.problemWith(password).ifPresent(problem -> problems.put("password", problem));
    if (!problems.isEmpty()) {
      throw ValidationFailure.of(problems);
    }
    // Hashed before looking for a duplicate, so that a taken email does not answer faster.
    String hash = passwords.hash(password);
    if (findByEmail(address.value()) != null) {
      throw emailTaken();
    }
    UserAccount account = UserAccount.shopper(address, name, hash, Sessions.now());
    em.persist(account);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw emailTaken();
      }
      throw e;
    }
    verification.sendFirstLink(account.id());
    LOG.info(() -> "Registered account " + account.id());
    return profileOf(account);
  }

  /** The account of a signed-in user; callers pass {@link CurrentUser#requireUserId()}. */
  public AccountProfile profile(long userId) {
    return profileOf(require(userId));
  }

  /**
   * Gives an account a role, e.g. SELLER when it opens a shop. Not exposed over HTTP: the calling
   * service decides whether the caller may cause it. With SELLER, which its owner asks for from a
   * signed-in session and which opens only their own shop's pages, its signed-in sessions get the
   * role on their next request. A staff role ends its sessions instead: a session opened for a
   * shopper must not become a staff session, which has other limits ({@link SessionLimits}); the
   * owner signs in again.
   */
  public void grantRole(long userId, Role role) {
    if (require(userId).grant(role, Sessions.now())) {
      if (SessionLimits.isStaff(Set.of(role))) {
        sessions.revokeAllOf(userId);
      } else {
        sessions.refreshCachedCopiesOf(userId);
      }
      LOG.info(() -> "Account " + userId + " was granted " + role);
    }
  }

  /**
   * Stores a new password hash (the caller checked the old password), ends every other session of
   * the account and mails its owner that the password changed.
   *
   * @param keptToken the session that made the change, which stays signed in; null after a reset,
   *     which ends them all
   */
  public void replacePassword(long userId, String newHash, String keptToken) {
    UserAccount account = require(userId);
    account.changePassword(newHash, Sessions.now());
    sessions.revokeAllOfExcept(userId, keptToken);
    mails.fire(
        new AccountMail(
            AccountMail.Kind.PASSWORD_CHANGED,
            userId,
            account.email(),
            account.displayName(),
            null,
            null,
            // Unique per mail; nothing else depends on it.
            SessionTokens.hash(SessionTokens.newToken())));
    LOG.info(() -> "Account " + userId + " changed its password; its other sessions ended");
  }

  /** Locks an account out: it cannot sign in, and its sessions stop working at once. */
  public void suspend(long userId) {
    require(userId).suspend(Sessions.now());
    sessions.revokeAllOf(userId);
    LOG.info(() -> "Account " + userId + " was suspended");
  }

  /** The id of the account with this (normalised) email, for logs that must not show the email. */
  public Optional<Long> idOf(String normalisedEmail) {
    return Optional.ofNullable(findByEmail(normalisedEmail)).map(UserAccount::id);
  }

  private UserAccount findByEmail(String normalisedEmail) {
    return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
        .setParameter("email", normalisedEmail)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private UserAccount require(long userId) {
    UserAccount account = em.find(UserAccount.class, userId);
    if (account == null) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "There is no account " + userId + ".", Map.of());
    }
    return account;
  }

  private AccountProfile profileOf(UserAccount account) {
    List<Role> roles = account.roles().stream().sorted().toList();
    return new AccountProfile(
        account.id(),
        account.email(),
        account.displayName(),
        roles,
        shopSlugOf(account.id()),
        account.isEmailVerified());
  }

  /**
   * Read from the catalogue's table rather than through its services: the catalogue depends on
   * identity to know who is calling, so identity must not depend on the catalogue.
   */
  private String shopSlugOf(long userId) {
    List<?> slugs =
        em.createNativeQuery("SELECT slug FROM catalog_shops WHERE owner_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    return slugs.isEmpty() ? null : (String) slugs.get(0);
  }

  private static MarketplaceException emailTaken() {
    return new MarketplaceException(
        ProblemType.EMAIL_TAKEN,
        "An account with this email address exists already. Sign in instead.",
        Map.of("field", "email"));
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
