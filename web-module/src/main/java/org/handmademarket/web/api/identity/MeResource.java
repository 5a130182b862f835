package org.handmademarket.web.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.accounts.AccountProfile;
import org.handmademarket.identity.accounts.Accounts;
import org.handmademarket.identity.accounts.EmailVerification;
import org.handmademarket.identity.accounts.PasswordChange;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.security.SessionCredentials;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;
  @Inject EmailVerification verification;
  @Inject PasswordChange passwordChange;
  @Inject ClientAddresses clientAddresses;

  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "The signed-in account",
      description = "Id, email, display name, roles and the slug of the account's shop, if any.")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = @Content(schema = @Schema(ref = "AccountProfile")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  public AccountProfile me() {
    return accounts.profile(currentUser.requireUserId());
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the password",
      description =
          "Needs the current password. Every other session of the account ends (this one stays"
              + " signed in) and the owner gets a \"password changed\" mail. Wrong current passwords"
              + " count towards the sign-in limits.")
  @APIResponse(responseCode = "204", description = "The password is changed")
  @APIResponse(
      responseCode = "400",
      description = "The current password is wrong, or the new one is weak or common")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "429", description = "Too many wrong passwords; see Retry-After")
  public Response changePassword(@Valid PasswordChangeRequest body) {
    if (body == null) {
      throw new MarketplaceException(
          ProblemType.MALFORMED_REQUEST,
          "The request body is not well-formed JSON of the expected shape.",
          Map.of());
    }
    passwordChange.change(
        body.currentPassword,
        body.newPassword,
        SessionCredentials.token(
                headers.getHeaderString(HttpHeaders.AUTHORIZATION),
                SessionCredentials.cookieValue(request))
            .orElse(null),
        clientAddresses.of(request));
    return Response.noContent().build();
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
