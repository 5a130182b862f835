package org.handmademarket.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The console's HTTP session cookie (its views live in that session) gets the same treatment as the
 * marketplace session cookie when the public origin is HTTPS: Secure and host-only under the {@code
 * __Host-} prefix. web.xml already makes it HttpOnly and SameSite=Lax; whether the site is HTTPS is
 * configuration, known only at start-up, hence here rather than in web.xml.
 */
@WebListener
public class ConsoleSessionCookie implements ServletContextListener {

  static final String HOST_ONLY_NAME = "__Host-JSESSIONID";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!PublicOrigin.configured().isHttps()) {
      return;
    }
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName(HOST_ONLY_NAME);
    cookie.setSecure(true);
    cookie.setPath("/");
    cookie.setDomain(null);
  }
}
