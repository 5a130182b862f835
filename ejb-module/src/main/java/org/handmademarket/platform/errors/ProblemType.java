package org.handmademarket.platform.errors;

/**
 * The stable problem types the API answers with. Clients switch on {@link #slug()}; the titles are
 * for people. docs/api.md lists them with their meaning.
 */
public enum ProblemType {
  VALIDATION("validation", "The request is not valid", 400),
  MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
  UNAUTHENTICATED("unauthenticated", "Sign-in required", 401),
  FORBIDDEN("forbidden", "Not allowed", 403),
  EMAIL_UNCONFIRMED("email-unconfirmed", "Confirm your email address first", 403),
  NOT_FOUND("not-found", "Not found", 404),
  CONFLICT("conflict", "Conflict with the current state", 409),
  EMAIL_TAKEN("email-taken", "The email address is already registered", 409),
  INVALID_CREDENTIALS("invalid-credentials", "Wrong email or password", 401),
  TOO_MANY_ATTEMPTS("too-many-attempts", "Too many attempts", 429),
  SECOND_FACTOR_REQUIRED(
      "second-factor-required", "A code from the authenticator app is required", 401),
  INVALID_CODE("invalid-code", "The code is wrong or was used already", 401),
  CHALLENGE_EXPIRED("challenge-expired", "The sign-in step expired; sign in again", 401),
  INVALID_TOKEN("invalid-token", "The link is not valid, used or expired", 400),
  CSRF_HEADER_MISSING("csrf-header-missing", "Cross-site request refused", 403),
  REQUEST_REJECTED("request-rejected", "The request cannot be served as sent", 400),
  SERVICE_UNAVAILABLE("service-unavailable", "A service the request needs is unavailable", 503),
  INVALID_IMAGE("invalid-image", "The image cannot be used", 400),
  PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", "The content is of a type that is not accepted", 415),
  INSUFFICIENT_STOCK("insufficient-stock", "Not enough in stock", 409),
  ITEMS_UNAVAILABLE("items-unavailable", "Some items are no longer available", 409),
  CART_EMPTY("cart-empty", "The cart is empty", 409),
  PAYMENT_DECLINED("payment-declined", "The payment was declined", 402),
  TOTALS_CHANGED("totals-changed", "The total changed since you saw it", 409),
  SHIPPING_UNAVAILABLE("shipping-unavailable", "A shop does not ship to this country", 409),
  PAYMENT_IN_FLIGHT("payment-in-flight", "The order's payment is being confirmed", 409),
  TOO_MANY_HOLDS("too-many-holds", "Too many checkouts started", 429),
  REFUND_FAILED("refund-failed", "The payment provider did not make the refund", 502),
  REFUND_EXCEEDS_PAYMENT(
      "refund-exceeds-payment", "The refund is more than what is left of the payment", 422),
  PAYMENTS_UNAVAILABLE("payments-unavailable", "Payments are not available", 503),
  WEBHOOK_REJECTED("webhook-rejected", "The notification was not accepted", 400),
  IDEMPOTENCY_KEY_REQUIRED(
      "idempotency-key-required", "An Idempotency-Key header is required", 400),
  IDEMPOTENCY_KEY_IN_USE(
      "idempotency-key-in-use", "A request with this Idempotency-Key is in progress", 409),
  IDEMPOTENCY_KEY_REUSED(
      "idempotency-key-reused", "The Idempotency-Key was used for another request", 422),
  INTERNAL("internal", "Something went wrong on our side", 500);

  private static final String BASE = "/problems/";

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public String slug() {
    return slug;
  }

  /** The type with this slug. @throws IllegalArgumentException for an unknown slug */
  public static ProblemType ofSlug(String slug) {
    for (ProblemType type : values()) {
      if (type.slug.equals(slug)) {
        return type;
      }
    }
    throw new IllegalArgumentException("no problem type " + slug);
  }

  /** The problem's {@code type} URI reference, relative to the API's origin. */
  public String uri() {
    return BASE + slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }
}
