package org.handmademarket.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.handmademarket.identity.SignIn;
import org.handmademarket.identity.SignedIn;
import org.handmademarket.web.api.identity.ClientAddresses;
import org.handmademarket.web.api.identity.SessionCookie;

/**
 * The console's sign-in: the same service, throttling and session cookie as the API's, so one
 * session serves the storefront and the console.
 */
@Named
@RequestScoped
public class SignInPage {

  @Inject SignIn signIn;
  @Inject ClientAddresses clientAddresses;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @NotBlank
  @Size(max = 200)
  private String password;

  public String signIn() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    SignedIn signedIn = signIn.signIn(email, password, clientAddresses.of(request));
    if (request.getSession(false) != null) {
      // A new id for the signed-in session: one planted before the sign-in is worth nothing.
      request.changeSessionId();
    }
    ((HttpServletResponse) external.getResponse())
        .addCookie(
            SessionCookie.servletCookie(
                signedIn.token(), signedIn.expiresAt(), request.isSecure()));
    return ConsoleAreas.HOME + "?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
