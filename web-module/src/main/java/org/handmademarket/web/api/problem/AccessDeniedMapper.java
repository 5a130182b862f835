package org.handmademarket.web.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.handmademarket.platform.errors.ProblemType;

/**
 * An EJB refused the caller ({@code @RolesAllowed}): 401 when nobody is signed in, 403 when the
 * signed-in account lacks the role. Without this it would be an unexpected 500.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context UriInfo request;
  @Context SecurityContext security;

  @Override
  public Response toResponse(EJBAccessException exception) {
    if (security.getUserPrincipal() == null) {
      return Problems.response(
          ProblemType.UNAUTHENTICATED, "Please sign in first.", request, Map.of());
    }
    return Problems.response(
        ProblemType.FORBIDDEN, "Your account may not do this.", request, Map.of());
  }
}
