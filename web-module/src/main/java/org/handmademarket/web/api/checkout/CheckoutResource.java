package org.handmademarket.web.api.checkout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.checkout.placing.Checkout;
import org.handmademarket.checkout.placing.CheckoutAnswer;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.web.api.RequiredBody;
import org.handmademarket.web.api.problem.Problems;

/**
 * {@code POST /api/checkout} with the semantics of the IETF Idempotency-Key draft, as the checkout
 * service implements them: a retry gets the first answer again with {@code Idempotent-Replayed:
 * true}. Requests that fail validation are refused before the key is claimed.
 */
@Path("checkout")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
public class CheckoutResource {

  static final String KEY_HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  @Inject Checkout checkout;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check out the cart",
      description =
          "Places one order per shop, charges the card once for the items and shipping and answers"
              + " { success, orders, itemTotal, shippingTotal, total, totalPaid }. expectedTotal is the"
              + " total the buyer saw; if a price or shipping changed since, nothing is ordered (409"
              + " totals-changed with the changes and the fresh cart). Requires an Idempotency-Key"
              + " header (a fresh UUID per attempt): a retry with the same key and body replays the"
              + " first answer with Idempotent-Replayed: true.")
  @APIResponse(
      responseCode = "201",
      description = "Ordered and paid",
      content = @Content(schema = @Schema(ref = "CheckoutReceipt")))
  @APIResponse(
      responseCode = "202",
      description = "Ordered; the provider did not confirm the charge in time, orders stay pending",
      content = @Content(schema = @Schema(ref = "CheckoutReceipt")))
  @APIResponse(responseCode = "400", description = "No Idempotency-Key, or an invalid body")
  @APIResponse(
      responseCode = "402",
      description = "The card was declined; nothing was ordered or charged, the cart is unchanged")
  @APIResponse(
      responseCode = "409",
      description =
          "Items unavailable (unavailableItems), a changed total (changes, cart), a shop that does"
              + " not ship there (shops), an empty cart, or the key in use")
  @APIResponse(responseCode = "422", description = "The key was used for a different request")
  @APIResponse(
      responseCode = "503",
      description = "Idempotency store unavailable; Retry-After says when to retry")
  public Response checkout(@HeaderParam(KEY_HEADER) String key, @Valid CheckoutRequest body) {
    CheckoutAnswer answer = checkout.checkout(key, RequiredBody.of(body).details());
    Response.ResponseBuilder response;
    if (answer instanceof CheckoutAnswer.Placed placed) {
      response =
          Response.status(placed.paymentPending() ? 202 : 201)
              .type(MediaType.APPLICATION_JSON)
              .entity(placed.receipt());
    } else {
      MarketplaceException refusal = ((CheckoutAnswer.Refused) answer).refusal();
      response =
          Response.fromResponse(
              Problems.response(refusal.type(), refusal.getMessage(), uri, refusal.details()));
    }
    if (answer.replayed()) {
      response.header(REPLAYED_HEADER, "true");
    }
    return response.build();
  }
}
