package org.handmademarket.web.api.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code {carrier, trackingNumber}}. */
public class ShipRequest {

  @NotBlank
  @Size(max = 60)
  public String carrier;

  @NotBlank
  @Size(max = 80)
  public String trackingNumber;
}
