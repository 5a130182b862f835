package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a reset link and the new password. */
public class NewPasswordRequest {

  @NotBlank
  @Size(max = 100)
  public String token;

  @NotBlank public String password;
}
