package org.handmademarket.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import org.handmademarket.identity.sessions.SessionTokenCredential;

/**
 * Authenticates every request that presents a session token; the identity store says whose it is. A
 * request without a token, or with one that is unknown, expired or revoked, goes on as anonymous:
 * the storefront's public pages need no sign-in, and whatever does need one answers 401 itself.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return SessionCredentials.token(
            request.getHeader(HttpHeaders.AUTHORIZATION), SessionCredentials.cookieValue(request))
        .map(token -> identityStores.validate(new SessionTokenCredential(token)))
        .filter(result -> result.getStatus() == CredentialValidationResult.Status.VALID)
        .map(context::notifyContainerAboutLogin)
        .orElseGet(context::doNothing);
  }
}
