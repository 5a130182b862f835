package org.handmademarket.identity;

import java.time.OffsetDateTime;

/**
 * A mail an account must receive about itself, fired inside the transaction that causes it so that
 * the mail is queued exactly when the change commits. Identity does not send mail; notifications
 * observes this.
 *
 * @param token the raw single-use token for {@link Kind#PASSWORD_RESET} and {@link
 *     Kind#VERIFY_EMAIL} (null otherwise), valid until {@code expiresAt}
 * @param reference unique per mail, so that the mail's id can be derived from it
 */
public record AccountMail(
    Kind kind,
    long userId,
    String email,
    String displayName,
    String token,
    OffsetDateTime expiresAt,
    String reference) {

  public enum Kind {
    VERIFY_EMAIL,
    PASSWORD_RESET,
    PASSWORD_CHANGED
  }
}
