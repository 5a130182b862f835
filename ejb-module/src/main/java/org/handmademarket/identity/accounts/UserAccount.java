package org.handmademarket.identity.accounts;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.handmademarket.identity.Role;

/**
 * A person's account: how they sign in, what they are called, what they may do.
 *
 * <p>Kept out of EclipseLink's shared cache: another instance may suspend the account or change its
 * roles, and a stale copy here would let a suspended account in.
 */
@Entity
@Cacheable(false)
@Table(name = "users")
// LOWER: so that PostgreSQL answers from the unique index on lower(email).
@NamedQuery(
    name = UserAccount.BY_EMAIL,
    query = "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email")
public class UserAccount {

  public static final String BY_EMAIL = "UserAccount.byEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private AccountStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  /** When the owner followed the link mailed to the address; null until then. */
  @Column(name = "email_verified_at")
  private OffsetDateTime emailVerifiedAt;

  protected UserAccount() {}

  /** A self-registered account: always a shopper, nothing more. */
  static UserAccount shopper(
      EmailAddress email, String displayName, String passwordHash, OffsetDateTime now) {
    UserAccount account = new UserAccount();
    account.email = email.value();
    account.displayName = displayName;
    account.passwordHash = passwordHash;
    account.status = AccountStatus.ACTIVE;
    account.roles.add(Role.SHOPPER);
    account.createdAt = now;
    account.updatedAt = now;
    return account;
  }

  public long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public Set<Role> roles() {
    return roles.isEmpty()
        ? Collections.emptySet()
        : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  /**
   * @return whether the account gained the role (false when it already had it)
   */
  public boolean grant(Role role, OffsetDateTime now) {
    boolean added = roles.add(role);
    if (added) {
      updatedAt = now;
    }
    return added;
  }

  /**
   * @return whether the account lost the role (false when it did not have it)
   */
  public boolean revoke(Role role, OffsetDateTime now) {
    boolean removed = roles.remove(role);
    if (removed) {
      updatedAt = now;
    }
    return removed;
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  /**
   * @return whether this confirmed the address (false when it was confirmed already)
   */
  boolean verifyEmail(OffsetDateTime now) {
    if (emailVerifiedAt != null) {
      return false;
    }
    emailVerifiedAt = now;
    updatedAt = now;
    return true;
  }

  /** A new password hash; the caller ends the account's sessions. */
  void changePassword(String newHash, OffsetDateTime now) {
    passwordHash = newHash;
    updatedAt = now;
  }

  void suspend(OffsetDateTime now) {
    status = AccountStatus.SUSPENDED;
    updatedAt = now;
  }
}
