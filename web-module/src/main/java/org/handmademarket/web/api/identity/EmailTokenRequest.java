package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token of a mailed email-verification link. */
public class EmailTokenRequest {

  @NotBlank
  @Size(max = 100)
  public String token;
}
