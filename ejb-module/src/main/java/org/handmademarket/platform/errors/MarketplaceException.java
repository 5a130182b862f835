package org.handmademarket.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the marketplace refuses for a reason the caller can understand and act on.
 *
 * <p>An application exception: it reaches the caller unwrapped and rolls the transaction back, so a
 * refused request never changes data.
 */
@ApplicationException(inherited = true, rollback = true)
public class MarketplaceException extends RuntimeException {

  private final ProblemType type;
  private final Map<String, Object> details;

  public MarketplaceException(ProblemType type, String detail) {
    this(type, detail, Map.of());
  }

  public MarketplaceException(ProblemType type, String detail, Map<String, Object> details) {
    super(detail);
    this.type = type;
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public ProblemType type() {
    return type;
  }

  /** Extra members of the problem document, such as {@code available} or {@code unavailableItems}. */
  public Map<String, Object> details() {
    return details;
  }
}
