package org.handmademarket.web.api.identity;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.api.problem.Problems;
import org.handmademarket.web.security.SessionCredentials;

/**
 * Refuses state-changing requests that carry the session cookie but not the {@code
 * X-Requested-With} header. Browsers attach cookies to requests other sites make; they let no other
 * site add a custom header without a CORS preflight, which this API does not grant. Bearer-token
 * requests are exempt: no browser sends those on its own. Together with SameSite=Lax and JSON-only
 * bodies (a form cannot send {@code application/json}), this is the API's defence against
 * cross-site request forgery.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfGuard implements ContainerRequestFilter {

  static final String HEADER = "X-Requested-With";

  private static final Set<String> SAFE_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE_METHODS.contains(request.getMethod())
        || !request.getCookies().containsKey(SessionCredentials.cookieName())
        || SessionCredentials.bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION))
            .isPresent()) {
      return;
    }
    String marker = request.getHeaderString(HEADER);
    if (marker == null || marker.isBlank()) {
      request.abortWith(
          Problems.response(
              ProblemType.CSRF_HEADER_MISSING,
              "Requests made with the session cookie must carry the header "
                  + HEADER
                  + " (for example XMLHttpRequest).",
              request.getUriInfo(),
              Map.of("header", HEADER)));
    }
  }
}
