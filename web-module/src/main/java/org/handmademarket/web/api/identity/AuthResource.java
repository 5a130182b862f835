package org.handmademarket.web.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.identity.accounts.EmailVerification;
import org.handmademarket.identity.accounts.PasswordReset;
import org.handmademarket.identity.signin.SignIn;
import org.handmademarket.identity.signin.SignedIn;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.security.SessionCredentials;

@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class AuthResource {

  @Inject SignIn signIn;
  @Inject PasswordReset passwordReset;
  @Inject EmailVerification verification;
  @Inject ClientAddresses clientAddresses;

  @Context HttpServletRequest request;
  @Context HttpHeaders headers;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Path("register")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register as a shopper",
      description =
          "Creates a shopper account and signs it in: the session token comes in the body and in the"
              + " hm_session cookie.")
  @APIResponse(
      responseCode = "201",
      description = "Registered and signed in",
      content = @Content(schema = @Schema(ref = "SignedIn")))
  @APIResponse(responseCode = "400", description = "A field is not valid (problem+json)")
  @APIResponse(responseCode = "409", description = "The email address is registered already")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many registrations from this client (an hour) or overall (a minute); Retry-After"
              + " says when to retry")
  public Response register(@Valid RegisterRequest body) {
    RegisterRequest registration = present(body);
    SignedIn signedIn =
        signIn.register(
            registration.email,
            registration.displayName,
            registration.password,
            clientAddresses.of(request));
    return Response.created(uri.getBaseUriBuilder().path(MeResource.class).build())
        .cookie(SessionCookie.issue(signedIn.token(), signedIn.expiresAt(), security.isSecure()))
        .entity(signedIn)
        .build();
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sign in",
      description =
          "Checks the email and password and opens a session: the token comes in the body (for API"
              + " clients, as Authorization: Bearer) and in the hm_session cookie (for browsers)."
              + " Repeated failures are slowed down, then refused for a while with 429.")
  @APIResponse(
      responseCode = "200",
      description = "Signed in",
      content = @Content(schema = @Schema(ref = "SignedIn")))
  @APIResponse(responseCode = "401", description = "Wrong email or password")
  @APIResponse(
      responseCode = "429",
      description = "Too many failures; Retry-After says when to retry")
  public Response login(@Valid LoginRequest body) {
    LoginRequest credentials = present(body);
    SignedIn signedIn =
        signIn.signIn(credentials.email, credentials.password, clientAddresses.of(request));
    return Response.ok(signedIn)
        .cookie(SessionCookie.issue(signedIn.token(), signedIn.expiresAt(), security.isSecure()))
        .build();
  }

  @POST
  @Path("logout")
  @Operation(
      summary = "Sign out",
      description = "Revokes the session presented (cookie or bearer token) and clears the cookie.")
  @APIResponse(responseCode = "204", description = "Signed out")
  public Response logout() {
    SessionCredentials.token(
            headers.getHeaderString(HttpHeaders.AUTHORIZATION), sessionCookieValue())
        .ifPresent(signIn::signOut);
    return Response.noContent().cookie(SessionCookie.clear(security.isSecure())).build();
  }

  @POST
  @Path("logout-everywhere")
  @Operation(
      summary = "Sign out everywhere",
      description =
          "Ends every session of the signed-in account, on every device, this one included, and"
              + " clears the cookie.")
  @APIResponse(responseCode = "204", description = "Signed out everywhere")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public Response logoutEverywhere() {
    signIn.signOutEverywhere();
    return Response.noContent().cookie(SessionCookie.clear(security.isSecure())).build();
  }

  @POST
  @Path("password-reset")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Forgot password: mail a reset link",
      description =
          "Answers 202 whether or not the address has an account; the link, valid 30 minutes and"
              + " once, arrives only if it has. Asking too often from one client is refused.")
  @APIResponse(responseCode = "202", description = "A link is on its way if the account exists")
  @APIResponse(responseCode = "400", description = "Not an email address (problem+json)")
  @APIResponse(responseCode = "429", description = "Too many requests from this client")
  public Response requestPasswordReset(@Valid PasswordResetRequest body) {
    passwordReset.request(present(body).email, clientAddresses.of(request));
    return Response.accepted(
            Map.of(
                "message",
                "If an account uses this address, a link to set a new password is on its way."))
        .build();
  }

  @POST
  @Path("password-reset/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a new password with the token of a reset link",
      description = "Uses the token up and signs the account out everywhere; sign in afterwards.")
  @APIResponse(responseCode = "204", description = "The password is changed")
  @APIResponse(
      responseCode = "400",
      description = "A weak password (validation) or an unknown, used or expired token")
  public Response completePasswordReset(@Valid NewPasswordRequest body) {
    NewPasswordRequest reset = present(body);
    passwordReset.complete(reset.token, reset.password);
    return Response.noContent().cookie(SessionCookie.clear(security.isSecure())).build();
  }

  @POST
  @Path("verify-email")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Confirm an account's address with the token of the mailed link",
      description =
          "Needs no sign-in: the token is the proof. Opening a shop needs a confirmed address.")
  @APIResponse(responseCode = "204", description = "The address is confirmed")
  @APIResponse(responseCode = "400", description = "An unknown, used or expired token")
  public Response verifyEmail(@Valid EmailTokenRequest body) {
    verification.confirm(present(body).token);
    return Response.noContent().build();
  }

  private String sessionCookieValue() {
    Cookie cookie = headers.getCookies().get(SessionCredentials.cookieName());
    return cookie == null ? null : cookie.getValue();
  }

  /** A body of JSON {@code null} passes {@code @Valid}; it is as missing as an empty one. */
  private static <T> T present(T body) {
    if (body == null) {
      throw new MarketplaceException(
          ProblemType.MALFORMED_REQUEST,
          "The request body is not well-formed JSON of the expected shape.",
          Map.of());
    }
    return body;
  }
}
