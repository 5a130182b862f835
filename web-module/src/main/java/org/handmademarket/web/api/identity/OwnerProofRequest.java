package org.handmademarket.web.api.identity;

import jakarta.validation.constraints.Size;
import org.handmademarket.identity.accounts.PasswordPolicy;
import org.handmademarket.identity.totp.TotpSettings;

/**
 * The password or a current code, to replace or remove a second factor in force. Either may be
 * missing; the service refuses when neither proves the owner.
 */
public class OwnerProofRequest {

  @Size(max = PasswordPolicy.MAX_LENGTH)
  public String password;

  @Size(max = 40)
  public String code;

  TotpSettings.Proof proof() {
    return new TotpSettings.Proof(password, code);
  }
}
