package org.handmademarket.web.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.handmademarket.platform.errors.ProblemType;

/** A body that is not JSON, or JSON of the wrong shape or types: 400, never 500. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

  @Context UriInfo request;

  @Override
  public Response toResponse(ProcessingException exception) {
    return problem(request);
  }

  static Response problem(UriInfo request) {
    return Problems.response(
        ProblemType.MALFORMED_REQUEST,
        "The request body is not well-formed JSON of the expected shape.",
        request,
        Map.of());
  }

  static boolean isUnreadableBody(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof JsonException
          || cause instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }
}
