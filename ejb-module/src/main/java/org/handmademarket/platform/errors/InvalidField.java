package org.handmademarket.platform.errors;

import java.util.List;
import java.util.Map;

/**
 * A rule on one field that a service checks itself (a category that must exist, a unique name),
 * answered in the same shape as a Bean Validation failure: a 400 whose {@code errors} name the
 * field.
 */
public final class InvalidField {

  private InvalidField() {}

  public static MarketplaceException of(String field, String message) {
    return new MarketplaceException(
        ProblemType.VALIDATION,
        "Some fields are not valid: see errors.",
        Map.of("errors", List.of(Map.of("field", field, "message", message))));
  }
}
