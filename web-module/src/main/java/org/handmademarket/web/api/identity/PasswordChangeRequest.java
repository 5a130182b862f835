package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.handmademarket.identity.accounts.PasswordPolicy;

/** The password a signed-in person has now, and the one they want instead. */
public class PasswordChangeRequest {

  @NotBlank
  @Size(max = PasswordPolicy.MAX_LENGTH)
  public String currentPassword;

  @NotBlank
  @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
  public String newPassword;
}
