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
 * A request a service refused: its problem type, its message and its actionable details, plus a
 * {@code Retry-After} header when the refusal is temporary.
 */
@Provider
public class MarketplaceExceptionMapper implements ExceptionMapper<MarketplaceException> {

  @Context UriInfo request;

  @Override
  public Response toResponse(MarketplaceException refusal) {
    Response problem =
        Problems.response(refusal.type(), refusal.getMessage(), request, refusal.details());
    return refusal
        .retryAfter()
        .map(
            wait ->
                Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, wholeSeconds(wait))
                    .build())
        .orElse(problem);
  }

  /** Retry-After takes whole seconds; rounding down could invite a retry that is refused again. */
  static long wholeSeconds(Duration wait) {
    long seconds = wait.toSeconds();
    return wait.equals(Duration.ofSeconds(seconds)) ? Math.max(seconds, 1) : seconds + 1;
  }
}
