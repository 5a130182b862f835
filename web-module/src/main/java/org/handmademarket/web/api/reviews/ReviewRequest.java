package org.handmademarket.web.api.reviews;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {orderItemId, stars, text}}: a review of one order item. Stars (1 to 5) and text (at most
 * 2,000 characters, no control characters but line breaks and tabs) are checked by the service,
 * which names the field in a 400.
 */
public class ReviewRequest {

  /** Required to write a review; ignored when changing one. */
  public Long orderItemId;

  @NotNull public Integer stars;

  public String text;
}
