package org.handmademarket.web.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.identity.totp.CompletedSignIn;
import org.handmademarket.identity.totp.TotpEnrolment;
import org.handmademarket.identity.totp.TwoStepSignIn;

/**
 * The second step of signing in, after {@code POST /api/auth/login} answered 401 {@code
 * second-factor-required} with a challenge.
 */
@Path("auth/login/totp")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class SecondStepResource {

  @Inject TwoStepSignIn twoStepSignIn;
  @Inject ClientAddresses clientAddresses;

  @Context HttpServletRequest request;
  @Context SecurityContext security;

  @POST
  @Operation(
      summary = "Sign in, second step: a code",
      description =
          "Redeems the challenge with the current code of the authenticator app or a recovery code"
              + " (each works once) and opens the session as the first step would have. Finishing a"
              + " staff enrolment also returns the recovery codes, this once. Wrong codes count as"
              + " failed sign-ins; a challenge lasts 5 minutes and 5 wrong codes.")
  @APIResponse(
      responseCode = "200",
      description = "Signed in",
      content = @Content(schema = @Schema(ref = "CompletedSignIn")))
  @APIResponse(responseCode = "401", description = "invalid-code, or challenge-expired")
  @APIResponse(responseCode = "429", description = "Too many failures; Retry-After says when")
  public Response complete(@NotNull @Valid SecondStepRequest body) {
    CompletedSignIn signedIn =
        twoStepSignIn.complete(body.challenge, body.code, clientAddresses.of(request));
    return Response.ok(signedIn)
        .cookie(SessionCookie.issue(signedIn.token(), signedIn.expiresAt(), security.isSecure()))
        .build();
  }

  @POST
  @Path("enrolment")
  @Operation(
      summary = "Sign in, second step for staff without an authenticator: set one up",
      description =
          "When the challenge said enrolmentRequired: a new secret (base32) and its otpauth:// URI"
              + " for a QR code. The first code it makes, sent to POST /api/auth/login/totp, puts"
              + " it in force and signs in.")
  @APIResponse(
      responseCode = "200",
      description = "The secret to put in the authenticator app",
      content = @Content(schema = @Schema(ref = "TotpEnrolment")))
  @APIResponse(responseCode = "401", description = "challenge-expired")
  @APIResponse(responseCode = "409", description = "The account has an authenticator already")
  @APIResponse(responseCode = "503", description = "No totp.encryption-key on this server")
  public TotpEnrolment enrol(@NotNull @Valid ChallengeRequest body) {
    return twoStepSignIn.startEnrolment(body.challenge);
  }
}
