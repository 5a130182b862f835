package org.handmademarket.notifications;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.handmademarket.identity.accounts.AccountMail;

/**
 * Queues the mails identity asks for (reset link, verification link, password changed, a staff
 * account's new sign-in), in the transaction that asks: the mail exists exactly when the token or
 * the change does. These mails are essential and ignore preferences.
 */
@Dependent
class AccountMails {

  private static final String FOOTER =
      "Handmade Market - you receive this mail because of a request on your account.";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm 'UTC'", Locale.US);

  @Inject MailQueue queue;
  @Inject MailSettings settings;

  void on(@Observes AccountMail mail) {
    MailContent content;
    MailKind kind;
    switch (mail.kind()) {
      case PASSWORD_RESET -> {
        kind = MailKind.PASSWORD_RESET;
        content = passwordReset(mail);
      }
      case VERIFY_EMAIL -> {
        kind = MailKind.VERIFY_EMAIL;
        content = verifyEmail(mail);
      }
      case PASSWORD_CHANGED -> {
        kind = MailKind.PASSWORD_CHANGED;
        content = passwordChanged(mail);
      }
      case STAFF_SIGN_IN -> {
        kind = MailKind.STAFF_SIGN_IN;
        content = staffSignIn(mail);
      }
      default -> throw new IllegalArgumentException("no mail for " + mail.kind());
    }
    queue.queue(
        "account:" + mail.kind().name().toLowerCase(Locale.ROOT) + ":" + mail.reference(),
        kind,
        mail.userId(),
        mail.email(),
        content);
  }

  private MailContent passwordReset(AccountMail mail) {
    return new MailBody("Reset your password, " + mail.displayName())
        .paragraph(
            "Someone (we hope you) asked to set a new password for your Handmade Market account."
                + " The link works once, until "
                + TIME.format(mail.time())
                + ".")
        .link("Set a new password", link("/reset-password", mail.token()))
        .paragraph("If you did not ask for this, ignore this mail: your password stays as it is.")
        .build("Reset your Handmade Market password", FOOTER);
  }

  private MailContent verifyEmail(AccountMail mail) {
    return new MailBody("Welcome to Handmade Market, " + mail.displayName() + "!")
        .paragraph(
            "Please confirm that this is your address. You can browse and buy already; opening a"
                + " shop needs a confirmed address.")
        .link("Confirm my address", link("/verify-email", mail.token()))
        .build("Confirm your email address", FOOTER);
  }

  private MailContent passwordChanged(AccountMail mail) {
    return new MailBody("Your password was changed")
        .paragraph(
            "The password of your Handmade Market account was just set anew, and every device"
                + " signed in to it was signed out.")
        .paragraph("If this was not you, ask for a password reset at once and tell our support.")
        .link("Sign in", settings.linkBaseUrl() + "/signin")
        .build("Your Handmade Market password was changed", FOOTER);
  }

  private MailContent staffSignIn(AccountMail mail) {
    return new MailBody("New sign-in to your staff account")
        .paragraph(
            "Someone signed in to your Handmade Market staff account on "
                + TIME.format(mail.time())
                + ". Staff accounts can act on every shop and order, so we tell you of each"
                + " sign-in.")
        .paragraph(
            "If this was not you, reset your password at once (it signs out every device) and"
                + " tell an admin.")
        .link("Reset my password", settings.linkBaseUrl() + "/forgot-password")
        .build("New sign-in to your Handmade Market staff account", FOOTER);
  }

  private String link(String path, String token) {
    return settings.linkBaseUrl()
        + path
        + "?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
