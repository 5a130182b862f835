package org.handmademarket.platform.errors;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
  private final Duration retryAfter;

  public MarketplaceException(ProblemType type, String detail) {
    this(type, detail, Map.of());
  }

  public MarketplaceException(ProblemType type, String detail, Map<String, Object> details) {
    this(type, detail, details, null);
  }

  /**
   * A refusal that may succeed later (a dependency is down, a limit resets): {@code retryAfter} tells
   * the client when to try again, as the {@code Retry-After} header.
   */
  public MarketplaceException(
      ProblemType type, String detail, Map<String, Object> details, Duration retryAfter) {
    super(detail);
    this.type = type;
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    this.retryAfter = retryAfter;
  }

  public ProblemType type() {
    return type;
  }

  /** Extra members of the problem document, such as {@code available} or {@code unavailableItems}. */
  public Map<String, Object> details() {
    return details;
  }

  /** When trying again makes sense, for temporary refusals. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
