package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.handmademarket.identity.accounts.EmailAddress;
import org.handmademarket.identity.accounts.PasswordPolicy;

/**
 * Credentials. Only presence and size are checked: any other mistake is a wrong email or password,
 * answered like one.
 */
public class LoginRequest {

  @NotBlank
  @Size(max = EmailAddress.MAX_LENGTH)
  public String email;

  @NotBlank
  @Size(max = PasswordPolicy.MAX_LENGTH)
  public String password;
}
