package org.handmademarket.web.api.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code {reason}}: why an order was cancelled or refunded, for its timeline. */
public class ReasonRequest {

  @NotBlank
  @Size(max = 500)
  public String reason;
}
