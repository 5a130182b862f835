package org.handmademarket.web.api;

import java.util.Map;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * A body of JSON {@code null} (or none at all) passes {@code @Valid}; it is as malformed as bad
 * JSON.
 */
public final class RequiredBody {

  private RequiredBody() {}

  public static <T> T of(T body) {
    if (body == null) {
      throw new MarketplaceException(
          ProblemType.MALFORMED_REQUEST,
          "The request body is not well-formed JSON of the expected shape.",
          Map.of());
    }
    return body;
  }
}
