package org.handmademarket.web.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.identity.AccountProfile;
import org.handmademarket.identity.Accounts;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.EmailVerification;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;
  @Inject EmailVerification verification;

  @GET
  @Operation(
      summary = "The signed-in account",
      description = "Id, email, display name, roles and the slug of the account's shop, if any.")
  @APIResponse(responseCode = "200", description = "The account")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public AccountProfile me() {
    return accounts.profile(currentUser.requireUserId());
  }

  @POST
  @Path("email-verification")
  @Operation(
      summary = "Mail a new link to confirm the account's address",
      description = "At most 3 links an hour; each is valid two days and once.")
  @APIResponse(responseCode = "202", description = "A link is on its way")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "409", description = "The address is confirmed already")
  @APIResponse(responseCode = "429", description = "Too many links within the hour")
  public Response resendVerification() {
    verification.resend(currentUser.requireUserId());
    return Response.accepted(Map.of("message", "A new link is on its way.")).build();
  }
}
