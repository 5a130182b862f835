package org.handmademarket.identity.accounts;

import java.time.OffsetDateTime;

/**
 * A mail an account must receive about itself, fired inside the transaction that causes it so that
 * the mail is queued exactly when the change commits. Identity does not send mail; notifications
 * observes this.
 *
 * @param token the raw single-use token for {@link Kind#PASSWORD_RESET} and {@link
 *     Kind#VERIFY_EMAIL} (null otherwise), valid until {@code time}
 * @param time until when the token is valid; for {@link Kind#STAFF_SIGN_IN}, when the sign-in
 *     happened
 * @param reference unique per mail, so that the mail's id can be derived from it
 */
public record AccountMail(
    Kind kind,
    long userId,
    String email,
    String displayName,
    String token,
    OffsetDateTime time,
    String reference) {

  public enum Kind {
    VERIFY_EMAIL,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    /** Someone signed in to an account with a staff role: its owner should know at once. */
    STAFF_SIGN_IN
  }
}
