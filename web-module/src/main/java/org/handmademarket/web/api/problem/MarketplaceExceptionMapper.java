package org.handmademarket.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.handmademarket.platform.errors.MarketplaceException;

/**
 * A request a service refused: its problem type, its message and its actionable details, and a
 * {@code Retry-After} header (in seconds) when the refusal is temporary.
 */
@Provider
public class MarketplaceExceptionMapper implements ExceptionMapper<MarketplaceException> {

  @Context UriInfo request;

  @Override
  public Response toResponse(MarketplaceException refusal) {
    Response problem = Problems.response(refusal.type(), refusal.getMessage(), request, refusal.details());
    return refusal
        .retryAfter()
        .map(wait -> Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds(wait)).build())
        .orElse(problem);
  }

  /** Whole seconds, rounded up: a retry sent a little early would only be refused again. */
  static long seconds(Duration wait) {
    long whole = wait.toSeconds();
    return Math.max(1, wait.equals(Duration.ofSeconds(whole)) ? whole : whole + 1);
  }
}
