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
   * A refusal that is lifted after a while (throttling, a dependency coming back): {@code
   * retryAfter} tells the client when trying again makes sense.
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

  /**
   * Extra members of the problem document, such as {@code available} or {@code unavailableItems}.
   */
  public Map<String, Object> details() {
    return details;
  }

  /** How long the client should wait before trying again, when the refusal is temporary. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
