package org.handmademarket.web.api.payments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.checkout.payment.PaymentStatus;
import org.handmademarket.checkout.payment.PaymentWebhook;
import org.handmademarket.checkout.payment.SandboxAuthentication;
import org.handmademarket.payments.provider.PaymentOptions;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.web.api.RequiredBody;

@Path("payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentResource {

  @Inject PaymentOptions options;
  @Inject PaymentWebhook webhook;
  @Inject SandboxAuthentication sandbox;

  /** {@code {approved}}: the buyer's decision on the sandbox's authentication page. */
  public static class AuthenticationRequest {
    @NotNull public Boolean approved;
  }

  @GET
  @Path("options")
  @Operation(
      summary = "How the storefront collects a payment method",
      description =
          "provider (stripe, sandbox or none), whether payments are available, and Stripe's"
              + " publishable key for Stripe.js. The card never reaches the marketplace: the"
              + " provider's client library turns it into a payment method id.")
  @APIResponse(
      responseCode = "200",
      description = "The options",
      content = @Content(schema = @Schema(ref = "Options")))
  public PaymentOptions.Options options() {
    return options.options();
  }

  @GET
  @Path("sandbox/payment-methods")
  @Operation(
      summary = "The sandbox's test payment methods",
      description =
          "Only while the sandbox is the provider (404 otherwise): ids named like the provider's"
              + " test payment methods, each with the outcome it gives.")
  @APIResponse(
      responseCode = "200",
      description = "The test payment methods",
      content = @Content(schema = @Schema(ref = "TestMethodList")))
  @APIResponse(responseCode = "404", description = "The sandbox is not the provider")
  public List<PaymentOptions.TestMethod> sandboxMethods() {
    List<PaymentOptions.TestMethod> methods = options.sandboxMethods();
    if (methods.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND,
          "The sandbox is not this marketplace's payment provider.",
          Map.of());
    }
    return methods;
  }

  @POST
  @Path("sandbox/checkouts/{checkoutId}/authentication")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Authenticate a sandbox payment (3-D Secure stand-in)",
      description =
          "{approved}: the buyer approves or fails their payment that waits for authentication;"
              + " the checkout is settled as the provider's notification would settle it.")
  @APIResponse(
      responseCode = "200",
      description = "{payment}: PAID, DECLINED or PENDING",
      content = @Content(schema = @Schema(ref = "AuthenticationOutcome")))
  @APIResponse(responseCode = "404", description = "Not the sandbox, or not the caller's checkout")
  public Map<String, String> authenticate(
      @PathParam("checkoutId") String checkoutId, @Valid AuthenticationRequest body) {
    PaymentStatus status =
        sandbox.authenticate(checkoutIdOf(checkoutId), RequiredBody.of(body).approved);
    return Map.of("payment", status.name());
  }

  @POST
  @Path("webhook")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "The payment provider's notifications (Stripe webhooks)",
      description =
          "Verified by the Stripe-Signature header (HMAC with the endpoint's secret, at most"
              + " payment.stripe.webhook-tolerance-seconds old); each event acted on once.")
  @APIResponse(responseCode = "204", description = "Received (or received before)")
  @APIResponse(responseCode = "400", description = "Bad or old signature; nothing changed")
  public Response webhook(String payload, @HeaderParam("Stripe-Signature") String signature) {
    webhook.receive(payload == null ? "" : payload, signature);
    return Response.noContent().build();
  }

  private static UUID checkoutIdOf(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "No payment of yours waits for authentication here.", Map.of());
    }
  }
}
