package org.handmademarket.identity.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Invalid input found by a service rather than by Bean Validation (callers other than the API, or a
 * rule that needs normalising first), in the same shape: one {@code {field, message}} per field.
 */
final class ValidationFailure {

  private ValidationFailure() {}

  static MarketplaceException of(SortedMap<String, String> messagesByField) {
    List<Map<String, String>> errors =
        messagesByField.entrySet().stream()
            .map(
                entry -> {
                  Map<String, String> error = new LinkedHashMap<>();
                  error.put("field", entry.getKey());
                  error.put("message", entry.getValue());
                  return error;
                })
            .toList();
    return new MarketplaceException(
        ProblemType.VALIDATION, "Some fields are not valid: see errors.", Map.of("errors", errors));
  }
}
