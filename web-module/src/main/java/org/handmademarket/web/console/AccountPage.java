package org.handmademarket.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.handmademarket.identity.accounts.PasswordChange;
import org.handmademarket.identity.accounts.PasswordPolicy;
import org.handmademarket.identity.signin.SignIn;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.api.identity.ClientAddresses;
import org.handmademarket.web.api.identity.SessionCookie;
import org.handmademarket.web.security.SessionCredentials;

/**
 * The signed-in person's own account in the console: change the password (the same service as the
 * API's, so the same rules, limits and mail), and sign out everywhere.
 */
@Named
@RequestScoped
public class AccountPage {

  @Inject PasswordChange passwordChange;
  @Inject SignIn signIn;
  @Inject ClientAddresses clientAddresses;

  @NotBlank
  @Size(max = PasswordPolicy.MAX_LENGTH)
  private String currentPassword;

  @NotBlank
  @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
  private String newPassword;

  public void changePassword() {
    HttpServletRequest request = request();
    try {
      passwordChange.change(
          currentPassword,
          newPassword,
          SessionCredentials.token(null, SessionCredentials.cookieValue(request)).orElse(null),
          clientAddresses.of(request));
    } catch (MarketplaceException refused) {
      if (refused.type() != ProblemType.VALIDATION) {
        throw refused;
      }
      Messages.fieldErrors(
          refused, Map.of("currentPassword", "password:current", "newPassword", "password:new"));
      return;
    }
    currentPassword = null;
    newPassword = null;
    Messages.done("Your password is changed; your other sessions are signed out");
  }

  public String signOutEverywhere() {
    signIn.signOutEverywhere();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletResponse) external.getResponse())
        .addCookie(SessionCookie.clearedServletCookie(request().isSecure()));
    external.invalidateSession();
    return ConsoleAreas.SIGN_IN + "?faces-redirect=true&signedOut=true";
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
