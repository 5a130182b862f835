package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The second step of signing in: the challenge from the first and a code of the authenticator app
 * (or a recovery code). Only presence and size are checked; a malformed code is a wrong one.
 */
public class SecondStepRequest {

  @NotBlank
  @Size(max = 100)
  public String challenge;

  @NotBlank
  @Size(max = 40)
  public String code;
}
