package org.handmademarket.web.api.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.logging.RequestId;

/**
 * The last resort: a fault nobody anticipated. The client gets a 500 with a correlation id and no
 * internals; the log gets the stack trace once, under the same id, so support can find it. The id
 * is the request's ({@link RequestId}, the {@code X-Request-Id} that nginx also logs), so the
 * balancer's access log leads to the same failure.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo request;
  @Context Providers providers;

  @Override
  public Response toResponse(Throwable exception) {
    Throwable unwrapped = unwrapContainerException(exception);
    if (unwrapped != exception) {
      @SuppressWarnings("unchecked")
      ExceptionMapper<Throwable> specific =
          (ExceptionMapper<Throwable>) providers.getExceptionMapper(unwrapped.getClass());
      if (specific != null && specific != this) {
        return specific.toResponse(unwrapped);
      }
    }
    String correlationId = RequestId.current().orElseGet(() -> RequestId.accept(null));
    RequestId.log(
        LOG,
        Level.SEVERE,
        "Unexpected failure " + correlationId + " on " + request.getRequestUri().getRawPath(),
        exception);
    return Problems.response(
        ProblemType.INTERNAL,
        "Something went wrong on our side. Quote " + correlationId + " if you contact support.",
        request,
        Map.of("correlationId", correlationId));
  }

  /**
   * Exceptions thrown inside an EJB arrive wrapped in {@link EJBException}; what matters for the
   * answer is the cause (a validation failure, say), not the wrapper.
   */
  private static Throwable unwrapContainerException(Throwable exception) {
    Throwable current = exception;
    while (current instanceof EJBException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
