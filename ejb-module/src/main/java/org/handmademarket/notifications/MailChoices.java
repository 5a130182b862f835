package org.handmademarket.notifications;

/**
 * What a shopper chose to be mailed beyond the mails every order and account needs.
 *
 * @param reviewInvitations a mail a few days after an order arrived, asking how it was
 */
public record MailChoices(boolean reviewInvitations) {

  static final MailChoices DEFAULTS = new MailChoices(true);
}
