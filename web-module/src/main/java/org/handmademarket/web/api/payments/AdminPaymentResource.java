package org.handmademarket.web.api.payments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.payments.ledger.DayTotals;
import org.handmademarket.payments.payout.FeeIncome;
import org.handmademarket.payments.payout.Payouts;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminPaymentResource {

  static final int MAX_DAYS = 366;

  @Inject Payouts payouts;
  @Inject FeeIncome fees;

  @POST
  @Path("payouts/run")
  @Operation(
      summary = "Run today's payouts now",
      description = "What the daily job does at 03:00 UTC; each shop is paid at most once a day.")
  @APIResponse(
      responseCode = "200",
      description = "The shops paid and the amount",
      content = @Content(schema = @Schema(ref = "RunSummary")))
  @APIResponse(responseCode = "403", description = "Not an admin")
  public Payouts.RunSummary runPayouts() {
    return payouts.runNow();
  }

  @GET
  @Path("fees")
  @Operation(
      summary = "The marketplace's money by day",
      description =
          "?days=1..366 (default 30): sales, fee income (net of fees given back), refunds and payouts.")
  @APIResponse(responseCode = "400", description = "days out of range")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "DayTotalsList")))
  public List<DayTotals> fees(@QueryParam("days") String days) {
    return fees.byDay(days(days));
  }

  private static int days(String value) {
    if (value == null) {
      return 30;
    }
    try {
      int days = Integer.parseInt(value);
      if (days >= 1 && days <= MAX_DAYS) {
        return days;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new MarketplaceException(
        ProblemType.VALIDATION,
        "days must be a whole number from 1 to " + MAX_DAYS + ".",
        Map.of("parameter", "days"));
  }
}
