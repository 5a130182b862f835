package org.handmademarket.web.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.identity.AccountProfile;
import org.handmademarket.identity.Accounts;
import org.handmademarket.identity.CurrentUser;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;

  @GET
  @Operation(
      summary = "The signed-in account",
      description = "Id, email, display name, roles and the slug of the account's shop, if any.")
  @APIResponse(responseCode = "200", description = "The account")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public AccountProfile me() {
    return accounts.profile(currentUser.requireUserId());
  }
}
