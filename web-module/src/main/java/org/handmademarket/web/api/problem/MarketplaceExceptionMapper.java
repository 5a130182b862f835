package org.handmademarket.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.handmademarket.platform.errors.MarketplaceException;

/** A request a service refused: its problem type, its message and its actionable details. */
@Provider
public class MarketplaceExceptionMapper implements ExceptionMapper<MarketplaceException> {

  @Context UriInfo request;

  @Override
  public Response toResponse(MarketplaceException refusal) {
    return Problems.response(refusal.type(), refusal.getMessage(), request, refusal.details());
  }
}
