package org.handmademarket.web.api.identity;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.api.problem.Problems;

/**
 * Answers 401 to an anonymous request for the account, seller, support and admin areas before its
 * body is read, so that nobody learns how a body there is checked without signing in. The services
 * still authorise every call themselves (CurrentUser); this only puts "who are you" before "what
 * did you send".
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignInRequired implements ContainerRequestFilter {

  private static final List<String> SIGNED_IN_AREAS = List.of("me", "seller", "support", "admin");

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null
        && inSignedInArea(request.getUriInfo().getPath())) {
      request.abortWith(
          Problems.response(
              ProblemType.UNAUTHENTICATED,
              "Please sign in first.",
              request.getUriInfo(),
              Map.of()));
    }
  }

  static boolean inSignedInArea(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    String first = relative.split("/", 2)[0];
    return SIGNED_IN_AREAS.contains(first);
  }
}
