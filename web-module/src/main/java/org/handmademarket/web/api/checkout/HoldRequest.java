package org.handmademarket.web.api.checkout;

import jakarta.validation.constraints.Pattern;

/** {@code {country}}: where the buyer ships to, when known (ISO 3166-1 alpha-2). */
public class HoldRequest {

  @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as GB")
  public String country;
}
