package org.handmademarket.it.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.identity.accounts.Accounts;

/**
 * Deployed with the tests only: what the container, an EJB and {@link CurrentUser} see of the
 * caller, role-protected endpoints, and the account operations that have no API yet (suspension,
 * granting a role), so that their effect on signed-in sessions can be observed from outside.
 */
@Path("test-probe/identity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdentityProbeResource {

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;
  @Inject CallerProbe ejb;
  @Context SecurityContext jaxrs;

  @GET
  @Path("caller")
  public Map<String, Object> caller() {
    Map<String, Object> seen = new LinkedHashMap<>();
    seen.put("currentUserId", currentUser.userId().map(String::valueOf).orElse("none"));
    seen.put("currentUserIsShopper", currentUser.hasRole(Role.SHOPPER));
    Principal principal = jaxrs.getUserPrincipal();
    seen.put("jaxrsPrincipal", principal == null ? "none" : principal.getName());
    seen.put("jaxrsIsShopper", jaxrs.isUserInRole("SHOPPER"));
    seen.put("ejbCaller", ejb.callerName());
    seen.put("ejbIsShopper", ejb.isCallerInRole("SHOPPER"));
    seen.put("ejbIsAdmin", ejb.isCallerInRole("ADMIN"));
    return seen;
  }

  @GET
  @Path("admin")
  @RolesAllowed("ADMIN")
  public Map<String, String> adminResource() {
    return Map.of("caller", jaxrs.getUserPrincipal().getName());
  }

  @GET
  @Path("admin-ejb")
  public Map<String, String> adminEjb() {
    return Map.of("caller", ejb.adminOnly());
  }

  @GET
  @Path("seller")
  public Map<String, String> sellerService() {
    currentUser.requireRole(Role.SELLER);
    return Map.of("caller", String.valueOf(currentUser.requireUserId()));
  }

  /**
   * The application's log records at INFO and above since the capture started (the first call
   * starts it): what the server log gets, read in-process instead of from the console output.
   */
  @GET
  @Path("log")
  public Map<String, String> log() {
    return Map.of("log", LogCapture.INSTANCE.text());
  }

  @POST
  @Path("accounts/{id}/suspension")
  public void suspend(@PathParam("id") long id) {
    accounts.suspend(id);
  }

  @POST
  @Path("accounts/{id}/roles/{role}")
  public void grant(@PathParam("id") long id, @PathParam("role") Role role) {
    accounts.grantRole(id, role);
  }
}
