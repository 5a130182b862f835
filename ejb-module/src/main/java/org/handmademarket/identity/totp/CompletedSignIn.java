package org.handmademarket.identity.totp;

import java.time.OffsetDateTime;
import java.util.List;
import org.handmademarket.identity.accounts.AccountProfile;

/**
 * A session opened by the second step, as {@link org.handmademarket.identity.signin.SignedIn}, plus
 * the recovery codes when the step finished an enrolment (shown once; empty otherwise).
 */
public record CompletedSignIn(
    AccountProfile user, String token, OffsetDateTime expiresAt, List<String> recoveryCodes) {

  public CompletedSignIn {
    recoveryCodes = List.copyOf(recoveryCodes);
  }

  @Override
  public String toString() {
    return "CompletedSignIn[user=" + user.id() + ", token=<hidden>, expiresAt=" + expiresAt + "]";
  }
}
