package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.handmademarket.identity.accounts.Accounts;
import org.handmademarket.identity.accounts.EmailAddress;
import org.handmademarket.identity.accounts.PasswordPolicy;

/** A new shopper: the email is trimmed and lower-cased before it is stored. */
public class RegisterRequest {

  /** Surrounding white space is allowed here: the account service trims it. */
  @NotBlank
  @Size(max = EmailAddress.MAX_LENGTH)
  @Pattern(regexp = "\\s*" + EmailAddress.SHAPE + "\\s*", message = "must be an email address")
  public String email;

  @NotBlank
  @Size(max = Accounts.DISPLAY_NAME_MAX_LENGTH)
  public String displayName;

  @NotBlank
  @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
  public String password;
}
