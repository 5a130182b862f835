package org.handmademarket.web.api.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.notifications.MailDeliveries;
import org.handmademarket.notifications.MailDeliveryView;

/** What support (role SUPPORT or ADMIN) sees of mail delivery, and sending a mail again. */
@Path("support/mails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class SupportMailResource {

  @Inject MailDeliveries deliveries;

  @GET
  @Operation(
      summary = "Mails in trouble",
      description =
          "Dead letters (the SMTP server did not take them after every attempt) and uncertain"
              + " sends (claimed by an instance that stopped before recording the outcome).")
  @APIResponse(
      responseCode = "200",
      description = "Newest first, at most 200",
      content = @Content(schema = @Schema(ref = "MailDeliveryViewList")))
  @APIResponse(responseCode = "403", description = "Not support")
  public List<MailDeliveryView> troubled() {
    return deliveries.troubled();
  }

  @GET
  @Path("recent")
  @Operation(summary = "The mail log: the latest mails of every kind, without their bodies")
  @APIResponse(
      responseCode = "200",
      description = "Newest first",
      content = @Content(schema = @Schema(ref = "MailDeliveryViewList")))
  @APIResponse(responseCode = "403", description = "Not support")
  public List<MailDeliveryView> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
    return deliveries.recent(limit);
  }

  @POST
  @Path("{id: [0-9]{1,18}}/resend")
  @Operation(
      summary = "Send a dead or uncertain mail again",
      description = "With fresh attempts and the same Message-ID; audited.")
  @APIResponse(responseCode = "204", description = "Queued; sent within a second")
  @APIResponse(responseCode = "403", description = "Not support")
  @APIResponse(responseCode = "404", description = "No such mail")
  @APIResponse(responseCode = "409", description = "The mail is neither dead nor uncertain")
  public void resend(@PathParam("id") long id) {
    deliveries.sendAgain(id);
  }
}
