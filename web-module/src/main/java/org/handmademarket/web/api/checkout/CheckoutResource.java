package org.handmademarket.web.api.checkout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.checkout.Checkout;
import org.handmademarket.checkout.CheckoutOutcome;
import org.handmademarket.checkout.idempotency.IdempotencyClaim;
import org.handmademarket.checkout.idempotency.IdempotencyClaims;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.api.RequiredBody;
import org.handmademarket.web.api.problem.Problems;

/**
 * {@code POST /api/checkout} with the semantics of the IETF Idempotency-Key draft: the key is
 * claimed before anything runs, and the final answer (success or refusal, status and body byte for
 * byte) is stored for 24 hours so that a retry gets it again with {@code Idempotent-Replayed:
 * true}. A failure on our side (5xx) gives the key back so the client may simply retry. Requests
 * that fail validation are refused before the key is claimed.
 */
@Path("checkout")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
public class CheckoutResource {

  static final String KEY_HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final int MAX_KEY_LENGTH = 255;

  private static final Logger LOG = Logger.getLogger(CheckoutResource.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject Checkout checkout;
  @Inject IdempotencyClaims claims;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check out the cart",
      description =
          "Places one order per shop, charges the card once for the total and answers { success, orders,"
              + " totalPaid }. Requires an Idempotency-Key header (a fresh UUID per attempt): a retry with"
              + " the same key and body replays the first answer with Idempotent-Replayed: true.")
  @APIResponse(responseCode = "201", description = "Ordered and paid")
  @APIResponse(
      responseCode = "202",
      description = "Ordered; the provider did not confirm the charge in time, orders stay pending")
  @APIResponse(responseCode = "400", description = "No Idempotency-Key, or an invalid body")
  @APIResponse(
      responseCode = "402",
      description = "The card was declined; nothing was ordered or charged")
  @APIResponse(
      responseCode = "409",
      description = "Items unavailable (unavailableItems), an empty cart, or the key in use")
  @APIResponse(responseCode = "422", description = "The key was used for a different request")
  @APIResponse(
      responseCode = "503",
      description = "Idempotency store unavailable; Retry-After says when to retry")
  public Response checkout(@HeaderParam(KEY_HEADER) String key, @Valid CheckoutRequest body) {
    long buyer = checkout.buyer();
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new MarketplaceException(
          ProblemType.IDEMPOTENCY_KEY_REQUIRED,
          "Send a unique Idempotency-Key header (1 to "
              + MAX_KEY_LENGTH
              + " characters, e.g. a UUID) with every checkout.",
          Map.of("header", KEY_HEADER));
    }
    CheckoutRequest request = RequiredBody.of(body);
    String fingerprint = IdempotencyClaims.fingerprint(buyer, request.canonical());
    IdempotencyClaim claim = claims.claim(buyer, key, fingerprint);
    if (claim instanceof IdempotencyClaim.InProgress) {
      throw new MarketplaceException(
          ProblemType.IDEMPOTENCY_KEY_IN_USE,
          "A checkout with this Idempotency-Key is still being processed. Retry in a moment for its result.",
          Map.of(),
          java.time.Duration.ofSeconds(1));
    }
    if (claim instanceof IdempotencyClaim.Mismatch) {
      throw new MarketplaceException(
          ProblemType.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was used for a different checkout. Use a new key for a new request.");
    }
    if (claim instanceof IdempotencyClaim.Completed completed) {
      return answer(completed.status(), completed.body()).header(REPLAYED_HEADER, "true").build();
    }
    return run((IdempotencyClaim.Acquired) claim, key, fingerprint, request);
  }

  private Response run(
      IdempotencyClaim.Acquired claim, String key, String fingerprint, CheckoutRequest request) {
    int status;
    String body;
    try {
      CheckoutOutcome outcome = checkout.checkout(key, fingerprint, request.details());
      status = outcome.paymentPending() ? 202 : 201;
      body = JSONB.toJson(outcome.receipt());
    } catch (MarketplaceException refusal) {
      if (refusal.type().status() >= 500) {
        claims.release(claim);
        throw refusal;
      }
      status = refusal.type().status();
      body =
          (String)
              Problems.response(refusal.type(), refusal.getMessage(), uri, refusal.details())
                  .getEntity();
    } catch (RuntimeException failure) {
      claims.release(claim);
      throw failure;
    }
    try {
      claims.complete(claim, status, body);
    } catch (MarketplaceException redisDown) {
      // The orders are committed: the answer must reach the client. A retry finds the checkout in
      // the
      // database by its key and answers from the orders.
      LOG.log(Level.WARNING, "Could not store the idempotent answer; releasing the key", redisDown);
      claims.release(claim);
    }
    return answer(status, body).build();
  }

  private static Response.ResponseBuilder answer(int status, String body) {
    return Response.status(status)
        .type(status >= 400 ? Problems.MEDIA_TYPE : MediaType.APPLICATION_JSON)
        .entity(body);
  }
}
