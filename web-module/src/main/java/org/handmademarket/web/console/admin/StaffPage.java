package org.handmademarket.web.console.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.handmademarket.identity.accounts.AccountProfile;
import org.handmademarket.identity.staff.StaffAccounts;
import org.handmademarket.web.console.Messages;

/** The support staff: grant the role to an account by email, revoke it, each with a reason. */
@Named
@ViewScoped
public class StaffPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffAccounts staff;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @NotBlank
  @Size(max = 500)
  private String reason;

  private List<AccountProfile> support;

  /** The page's view action. */
  public void load() {
    support = staff.support();
  }

  public void grant() {
    AccountProfile granted = staff.grantSupport(email, reason);
    support = staff.support();
    email = null;
    reason = null;
    Messages.done(granted.email() + " is support staff now");
  }

  /** Revokes with the reason typed in the form; the grant's own fields are not needed for it. */
  public void revoke(long userId) {
    AccountProfile revoked = staff.revokeSupport(userId, reason);
    support = staff.support();
    reason = null;
    Messages.done(revoked.email() + " is no longer support staff");
  }

  public List<AccountProfile> getSupport() {
    return support;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
