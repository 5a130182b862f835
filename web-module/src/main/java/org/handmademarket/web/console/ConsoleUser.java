package org.handmademarket.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.identity.accounts.Accounts;

/** Who is signed in, for the menu: which areas to offer and whose name to show. */
@Named
@RequestScoped
public class ConsoleUser {

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;

  private String email;

  public boolean isSignedIn() {
    return currentUser.userId().isPresent();
  }

  /** The account id, or null when anonymous: the key of the seller's new-order push. */
  public Long getUserId() {
    return currentUser.userId().orElse(null);
  }

  public boolean isSeller() {
    return currentUser.hasRole(Role.SELLER);
  }

  /** Support staff or an admin: both may use the support pages. */
  public boolean isStaff() {
    return currentUser.hasRole(Role.SUPPORT) || isAdmin();
  }

  public boolean isAdmin() {
    return currentUser.hasRole(Role.ADMIN);
  }

  public String getEmail() {
    if (email == null) {
      email = currentUser.userId().map(id -> accounts.profile(id).email()).orElse("");
    }
    return email;
  }
}
