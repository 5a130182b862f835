package org.handmademarket.web.api.notifications;

import jakarta.validation.constraints.NotNull;

/** The mails a shopper chooses to get beyond the ones every order and account needs. */
public class MailPreferencesRequest {

  @NotNull public Boolean reviewInvitations;
}
