package org.handmademarket.web.api.checkout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.checkout.placing.CheckoutHolds;
import org.handmademarket.checkout.placing.HoldView;

/** The buyer's items held while they pay: {@code /api/checkout/hold}. */
@Path("checkout/hold")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
public class HoldResource {

  @Inject CheckoutHolds holds;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start checkout: hold the cart's items",
      description =
          "Holds every cart line for the caller for checkout.hold-minutes (others cannot buy those"
              + " pieces meanwhile) and answers { expiresAt, holdMinutes, cart } with the cart quoted"
              + " for the country. Posting again while the hold runs re-quotes without extending it."
              + " The body ({ country }) is optional.")
  @APIResponse(
      responseCode = "200",
      description = "Held",
      content = @Content(schema = @Schema(ref = "HoldView")))
  @APIResponse(responseCode = "400", description = "An unknown country")
  @APIResponse(
      responseCode = "409",
      description =
          "An empty cart, items unavailable (unavailableItems with heldUntil) or a shop that does"
              + " not ship there; nothing is held")
  @APIResponse(
      responseCode = "429",
      description = "Too many checkouts started in the last hour; Retry-After says when")
  public HoldView hold(@Valid HoldRequest body) {
    return holds.start(body == null ? null : body.country);
  }

  @GET
  @Operation(summary = "The running hold")
  @APIResponse(
      responseCode = "200",
      description = "The hold and the quoted cart",
      content = @Content(schema = @Schema(ref = "HoldView")))
  @APIResponse(responseCode = "404", description = "Nothing is held")
  public HoldView current() {
    return holds.current();
  }

  @DELETE
  @Operation(
      summary = "Leave checkout",
      description = "Ends the caller's hold: the pieces are on sale again at once.")
  @APIResponse(responseCode = "204", description = "Nothing is held any more")
  public Response leave() {
    holds.leave();
    return Response.noContent().build();
  }
}
