package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.handmademarket.identity.accounts.EmailAddress;

/** "Forgot password?": the address to send a reset link to. */
public class PasswordResetRequest {

  @NotBlank
  @Size(max = EmailAddress.MAX_LENGTH)
  public String email;
}
