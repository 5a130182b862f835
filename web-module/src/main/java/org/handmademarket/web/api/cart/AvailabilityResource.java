package org.handmademarket.web.api.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.cart.Availability;
import org.handmademarket.cart.Carts;

/**
 * How much of a listing can still be added. A root resource of its own (more specific than the
 * catalogue's {@code products} resource, so JAX-RS matches it first) because it belongs to the
 * cart.
 */
@Path("products/{id: [0-9]{1,18}}/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cart")
public class AvailabilityResource {

  @Inject Carts carts;

  @GET
  @Operation(
      summary = "A listing's availability",
      description = "{ available, inCart, canAddMore }; inCart is 0 for anonymous callers.")
  @APIResponse(
      responseCode = "200",
      description = "The availability",
      content = @Content(schema = @Schema(ref = "Availability")))
  @APIResponse(responseCode = "404", description = "No such listing")
  public Availability availability(@PathParam("id") long id) {
    return carts.availability(id);
  }
}
