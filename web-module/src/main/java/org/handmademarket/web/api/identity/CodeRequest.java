package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code of the authenticator app. */
public class CodeRequest {

  @NotBlank
  @Size(max = 40)
  public String code;
}
