package org.handmademarket.web.api.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.notifications.MailChoices;
import org.handmademarket.notifications.MailPreferences;
import org.handmademarket.web.api.RequiredBody;

/** The signed-in shopper's choice of the mails they may turn off. */
@Path("me/mail-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class MailPreferencesResource {

  @Inject CurrentUser currentUser;
  @Inject MailPreferences preferences;

  @GET
  @Operation(
      summary = "The mails the account chose to get",
      description =
          "Order, shipping and account mails are always sent; review invitations may be turned off.")
  @APIResponse(
      responseCode = "200",
      description = "The choices (all on until saved)",
      content = @Content(schema = @Schema(ref = "MailChoices")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  public MailChoices get() {
    return preferences.of(currentUser.requireUserId());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose the mails to get",
      description =
          "`{reviewInvitations: boolean}`. Turning invitations off also withholds those waiting to"
              + " go.")
  @APIResponse(
      responseCode = "200",
      description = "The saved choices",
      content = @Content(schema = @Schema(ref = "MailChoices")))
  @APIResponse(responseCode = "400", description = "A missing or non-boolean field")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public MailChoices save(@Valid MailPreferencesRequest request) {
    long userId = currentUser.requireUserId();
    MailPreferencesRequest body = RequiredBody.of(request);
    return preferences.save(userId, new MailChoices(body.reviewInvitations));
  }
}
