package org.handmademarket.identity.signin;

import java.time.OffsetDateTime;
import org.handmademarket.identity.accounts.AccountProfile;

/**
 * The outcome of registering or signing in: who, and the session token (in the body for API
 * clients, in a cookie for browsers) with the moment it stops working.
 */
public record SignedIn(AccountProfile user, String token, OffsetDateTime expiresAt) {

  @Override
  public String toString() {
    return "SignedIn[user=" + user.id() + ", token=<hidden>, expiresAt=" + expiresAt + "]";
  }
}
