package org.handmademarket.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.handmademarket.identity.signin.SignIn;
import org.handmademarket.web.api.identity.SessionCookie;
import org.handmademarket.web.security.SessionCredentials;

/**
 * Signs out from the menu's link: a GET that changes state, so its page is a protected view
 * (faces-config.xml) that only a link rendered by the console itself can open.
 */
@Named
@RequestScoped
public class SignOutAction {

  @Inject SignIn signIn;

  public String signOut() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    SessionCredentials.token(null, SessionCredentials.cookieValue(request))
        .ifPresent(signIn::signOut);
    ((HttpServletResponse) external.getResponse())
        .addCookie(SessionCookie.clearedServletCookie(request.isSecure()));
    external.invalidateSession();
    return ConsoleAreas.SIGN_IN + "?faces-redirect=true&signedOut=true";
  }
}
