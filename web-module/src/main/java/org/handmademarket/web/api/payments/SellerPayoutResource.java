package org.handmademarket.web.api.payments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.payments.payout.PayoutAccount;
import org.handmademarket.payments.payout.PayoutAccounts;
import org.handmademarket.payments.payout.PayoutSummary;
import org.handmademarket.payments.payout.SellerPayouts;

@Path("seller/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller")
public class SellerPayoutResource {

  @Inject SellerPayouts payouts;
  @Inject PayoutAccounts accounts;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "The caller's shop's money",
      description =
          "Balance (pending while in the hold after payment, available for the next payout), the"
              + " payout account, the next payout, recent payouts, each recent order's fee"
              + " breakdown, and the last 90 days by day.")
  @APIResponse(responseCode = "403", description = "The account has no shop")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "PayoutSummary")))
  public PayoutSummary get() {
    return payouts.mine();
  }

  @POST
  @Path("account")
  @Operation(
      summary = "Connect the shop's payout account",
      description =
          "Opens the shop's account at the payment provider and answers where the seller finishes"
              + " the provider's onboarding (onboardingUrl; null with the sandbox). An account"
              + " already connected is answered as it is.")
  @APIResponse(responseCode = "403", description = "The account has no shop")
  @APIResponse(responseCode = "503", description = "No payment provider is configured")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "PayoutAccount")))
  public PayoutAccount connect() {
    return accounts.connectMine(
        uri.getBaseUri().resolve("/console/seller/payouts.xhtml").toString());
  }
}
