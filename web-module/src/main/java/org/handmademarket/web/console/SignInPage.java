package org.handmademarket.web.console;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.handmademarket.identity.signin.SignIn;
import org.handmademarket.identity.signin.SignedIn;
import org.handmademarket.identity.totp.CompletedSignIn;
import org.handmademarket.identity.totp.TotpEnrolment;
import org.handmademarket.identity.totp.TwoStepSignIn;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.api.identity.ClientAddresses;
import org.handmademarket.web.api.identity.SessionCookie;

/**
 * The console's sign-in: the same services, throttling and session cookie as the API's, so one
 * session serves the storefront and the console. Three steps on one page: the password; then, for
 * staff and for accounts with an authenticator app, a code (staff without one set it up here, from
 * a QR code); after a set-up, the recovery codes, shown once.
 */
@Named
@ViewScoped
public class SignInPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignIn signIn;
  @Inject TwoStepSignIn twoStepSignIn;
  @Inject ClientAddresses clientAddresses;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @NotBlank
  @Size(max = 200)
  private String password;

  @NotBlank
  @Size(max = 40)
  private String code;

  private String challenge;
  private String secret;
  private String otpauthUri;
  private List<String> recoveryCodes = List.of();

  public String signIn() {
    HttpServletRequest request = request();
    SignedIn signedIn;
    try {
      signedIn = signIn.signIn(email, password, clientAddresses.of(request));
    } catch (MarketplaceException refused) {
      if (refused.type() != ProblemType.SECOND_FACTOR_REQUIRED) {
        throw refused;
      }
      password = null;
      challenge = (String) refused.details().get("challenge");
      if (Boolean.TRUE.equals(refused.details().get("enrolmentRequired"))) {
        TotpEnrolment enrolment = twoStepSignIn.startEnrolment(challenge);
        secret = enrolment.secret();
        otpauthUri = enrolment.otpauthUri();
      }
      return null;
    }
    openSession(signedIn.token(), signedIn.expiresAt());
    return home();
  }

  public String submitCode() {
    CompletedSignIn signedIn =
        twoStepSignIn.complete(challenge, code, clientAddresses.of(request()));
    openSession(signedIn.token(), signedIn.expiresAt());
    challenge = null;
    secret = null;
    otpauthUri = null;
    if (signedIn.recoveryCodes().isEmpty()) {
      return home();
    }
    recoveryCodes = signedIn.recoveryCodes();
    return null;
  }

  /** After the recovery codes were written down. */
  public String proceed() {
    return home();
  }

  /** {@code password}, {@code code} or {@code recovery-codes}. */
  public String getStep() {
    if (!recoveryCodes.isEmpty()) {
      return "recovery-codes";
    }
    return challenge == null ? "password" : "code";
  }

  private void openSession(String token, OffsetDateTime expiresAt) {
    HttpServletRequest request = request();
    if (request.getSession(false) != null) {
      // A new id for the signed-in session: one planted before the sign-in is worth nothing.
      request.changeSessionId();
    }
    ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
        .addCookie(SessionCookie.servletCookie(token, expiresAt, request.isSecure()));
  }

  private static HttpServletRequest request() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return (HttpServletRequest) external.getRequest();
  }

  private static String home() {
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isEnrolling() {
    return secret != null;
  }

  public String getSecret() {
    return secret;
  }

  public String getOtpauthUri() {
    return otpauthUri;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }
}
