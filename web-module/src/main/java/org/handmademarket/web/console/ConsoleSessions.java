package org.handmademarket.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Logger;
import org.handmademarket.identity.sessions.Sessions;
import org.handmademarket.platform.crypto.Sha256;
import org.handmademarket.web.security.SessionCredentials;

/**
 * Ties the console's HTTP session (its Faces view state) to the sign-in session ({@code
 * hm_session}) it was opened under, so that neither outlives the other: a console session whose
 * sign-in ended, or that was opened under another sign-in, is dropped; and a console session that
 * times out for want of use ends its sign-in session too. Only the sign-in session's key (its
 * token's SHA-256) is kept in the HTTP session, never the token.
 */
@WebListener
public class ConsoleSessions implements HttpSessionListener {

  private static final String SIGN_IN_KEY = ConsoleSessions.class.getName() + ".signIn";
  private static final Logger LOG = Logger.getLogger(ConsoleSessions.class.getName());

  @Inject Sessions sessions;

  /** For a signed-in console request: binds a new console session, drops one of another sign-in. */
  static void bind(HttpServletRequest request) {
    String key =
        SessionCredentials.token(null, SessionCredentials.cookieValue(request))
            .map(Sha256::hex)
            .orElse(null);
    if (key == null) {
      // Signed in with a bearer token: no browser, no console session to tie.
      return;
    }
    HttpSession console = request.getSession(false);
    if (console != null
        && console.getAttribute(SIGN_IN_KEY) != null
        && !key.equals(console.getAttribute(SIGN_IN_KEY))) {
      console.removeAttribute(SIGN_IN_KEY);
      console.invalidate();
      console = null;
    }
    if (console == null) {
      console = request.getSession(true);
    }
    console.setAttribute(SIGN_IN_KEY, key);
  }

  /** For a console request whose sign-in has ended: its console session ends as well. */
  static void endWithoutSignIn(HttpServletRequest request) {
    HttpSession console = request.getSession(false);
    if (console != null && console.getAttribute(SIGN_IN_KEY) != null) {
      console.removeAttribute(SIGN_IN_KEY);
      console.invalidate();
    }
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    HttpSession console = event.getSession();
    Object key = console.getAttribute(SIGN_IN_KEY);
    // Only a timeout ends the sign-in: a sign-out has ended it already, and an instance that shuts
    // down must not sign its users out.
    long idleMillis = System.currentTimeMillis() - console.getLastAccessedTime();
    boolean timedOut =
        console.getMaxInactiveInterval() > 0
            && idleMillis >= console.getMaxInactiveInterval() * 1000L;
    if (key instanceof String sessionKey && timedOut) {
      sessions.revokeByKey(sessionKey);
      LOG.info("A console session timed out: its sign-in session ended with it");
    }
  }
}
