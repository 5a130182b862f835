package org.handmademarket.web.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.identity.totp.TotpEnrolment;
import org.handmademarket.identity.totp.TotpSettings;
import org.handmademarket.identity.totp.TotpStatus;

/** The signed-in account's authenticator app (second factor). */
@Path("me/totp")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MyTotpResource {

  @Inject TotpSettings settings;
  @Inject ClientAddresses clientAddresses;

  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Whether the account has a second factor, and must have one")
  @APIResponse(
      responseCode = "200",
      description = "enrolled, required, recoveryCodesLeft",
      content = @Content(schema = @Schema(ref = "TotpStatus")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  public TotpStatus status() {
    return settings.status();
  }

  @POST
  @Path("enrolment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set up an authenticator app",
      description =
          "A new secret and its otpauth:// URI; it is in force once confirmed with a code. To"
              + " replace one in force, send the password or a current code.")
  @APIResponse(
      responseCode = "200",
      description = "The secret, waiting for its first code",
      content = @Content(schema = @Schema(ref = "TotpEnrolment")))
  @APIResponse(responseCode = "401", description = "Not signed in, or no valid proof")
  @APIResponse(responseCode = "503", description = "No totp.encryption-key on this server")
  public TotpEnrolment startEnrolment(@NotNull @Valid OwnerProofRequest body) {
    return settings.startEnrolment(body.proof(), clientAddresses.of(request));
  }

  @POST
  @Path("enrolment/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Confirm the new authenticator app with its first code",
      description = "Puts it in force and returns ten new recovery codes, shown this once.")
  @APIResponse(
      responseCode = "200",
      description = "recoveryCodes",
      content = @Content(schema = @Schema(ref = "RecoveryCodes")))
  @APIResponse(responseCode = "401", description = "invalid-code")
  @APIResponse(responseCode = "409", description = "No set-up was started")
  public Map<String, List<String>> confirmEnrolment(@NotNull @Valid CodeRequest body) {
    return Map.of("recoveryCodes", settings.confirmEnrolment(body.code));
  }

  @POST
  @Path("disable")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Switch the second factor off",
      description = "Needs the password or a current code. Staff accounts cannot, only re-enrol.")
  @APIResponse(responseCode = "204", description = "Off (or it was not on)")
  @APIResponse(responseCode = "401", description = "No valid proof")
  @APIResponse(responseCode = "403", description = "A staff account")
  public Response disable(@NotNull @Valid OwnerProofRequest body) {
    settings.disable(body.proof(), clientAddresses.of(request));
    return Response.noContent().build();
  }
}
