package org.handmademarket.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Errors the JAX-RS runtime raises itself: an unknown path (404), a wrong method (405), an
 * unsupported media type (415), an unreadable body or parameter (400).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo request;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    if (MalformedRequestMapper.isUnreadableBody(exception)) {
      return MalformedRequestMapper.problem(request);
    }
    return switch (status) {
      case 404 ->
          Problems.response(
              ProblemType.NOT_FOUND,
              "There is nothing at " + request.getRequestUri().getRawPath() + ".",
              request,
              Map.of());
      case 401 ->
          Problems.response(
              ProblemType.UNAUTHENTICATED, "Please sign in first.", request, Map.of());
      case 403 ->
          Problems.response(
              ProblemType.FORBIDDEN, "Your account may not do this.", request, Map.of());
      default ->
          Problems.response(
              ProblemType.REQUEST_REJECTED,
              status,
              Response.Status.Family.familyOf(status) == Response.Status.Family.SERVER_ERROR
                  ? "The request could not be served."
                  : describe(exception, status),
              request,
              Map.of());
    };
  }

  private static String describe(WebApplicationException exception, int status) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    return type == null ? exception.getMessage() : type.getReasonPhrase() + ".";
  }
}
