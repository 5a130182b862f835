package org.handmademarket.web.api.problem;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Map;
import java.util.StringJoiner;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Bean Validation failures: 400 with one entry per offending field, named as the client sent it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo request;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    JsonArrayBuilder errors = JSON.createArrayBuilder();
    exception.getConstraintViolations().stream()
        .sorted(Comparator.comparing(violation -> fieldOf(violation.getPropertyPath())))
        .forEach(
            violation ->
                errors.add(
                    Problems.fieldError(
                        fieldOf(violation.getPropertyPath()), violation.getMessage())));
    return Problems.response(
        ProblemType.VALIDATION,
        "Some fields are not valid: see errors.",
        request,
        Map.of("errors", errors.build()));
  }

  /**
   * The path below the method parameter: {@code register.request.email} becomes {@code email}, a
   * query parameter {@code search.q} becomes {@code q}, a whole missing body becomes {@code body}.
   */
  static String fieldOf(Path path) {
    StringJoiner field = new StringJoiner(".");
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        field.add(
            node.getIndex() == null
                ? node.getName()
                : node.getName() + "[" + node.getIndex() + "]");
      }
    }
    if (field.length() > 0) {
      return field.toString();
    }
    return parameter == null ? "body" : parameter;
  }
}
