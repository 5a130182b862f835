package org.handmademarket.web.api.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for throttling sign-ins. By default the connection's remote
 * address. Behind a reverse proxy every request would share the proxy's address, so an operator can
 * set {@code auth.trust-forwarded-for=true}: then the last {@code X-Forwarded-For} entry counts,
 * the one the proxy itself appended (earlier entries are whatever the client claimed).
 */
@ApplicationScoped
public class ClientAddresses {

  @Inject
  @ConfigProperty(name = "auth.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  public String of(HttpServletRequest request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return request.getRemoteAddr();
  }
}
