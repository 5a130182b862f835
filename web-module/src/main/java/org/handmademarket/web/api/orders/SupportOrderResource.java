package org.handmademarket.web.api.orders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.checkout.orders.OrderView;
import org.handmademarket.checkout.orders.Orders;
import org.handmademarket.payments.ledger.TrailEntry;
import org.handmademarket.web.api.RequiredBody;

/** What support (role SUPPORT or ADMIN) may do with any order. */
@Path("support/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class SupportOrderResource {

  @Inject Orders orders;

  @POST
  @Path("{id: [0-9]{1,18}}/cancel")
  @Operation(
      summary = "Cancel an order not shipped yet",
      description = "{reason}; stock goes back on sale.")
  @APIResponse(
      responseCode = "200",
      description = "The cancelled order",
      content = @Content(schema = @Schema(ref = "OrderView")))
  @APIResponse(responseCode = "403", description = "Not support")
  @APIResponse(responseCode = "409", description = "The order was shipped, or ended already")
  public OrderView cancel(@PathParam("id") long id, @Valid ReasonRequest body) {
    return orders.cancelAsSupport(id, RequiredBody.of(body).reason);
  }

  @POST
  @Path("{id: [0-9]{1,18}}/refund")
  @Operation(
      summary = "Refund a paid order, all of it or part",
      description =
          "{reason, amount?}: amount (0.01 up to what is left of the order, two decimals at most)"
              + " refunds part and keeps the order's status; without it, all that is left is"
              + " refunded and the order ends REFUNDED (stock returns for goods that never"
              + " shipped). The marketplace's fee goes back in proportion.")
  @APIResponse(
      responseCode = "200",
      description = "The order after the refund",
      content = @Content(schema = @Schema(ref = "OrderView")))
  @APIResponse(responseCode = "403", description = "Not support")
  @APIResponse(responseCode = "409", description = "The order is pending or ended already")
  @APIResponse(responseCode = "422", description = "More than what is left of the order")
  @APIResponse(responseCode = "502", description = "The payment provider did not refund")
  public OrderView refund(@PathParam("id") long id, @Valid RefundRequest body) {
    RefundRequest refund = RequiredBody.of(body);
    return orders.refund(id, refund.reason, refund.amount);
  }

  @GET
  @Path("{id: [0-9]{1,18}}/money")
  @Operation(
      summary = "The order's money trail",
      description =
          "Every ledger entry of the order: the charge (the shop's share and the marketplace's"
              + " fee) and each refund, with the provider's references.")
  @APIResponse(responseCode = "403", description = "Not support")
  @APIResponse(responseCode = "404", description = "No such order")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "TrailEntryList")))
  public List<TrailEntry> money(@PathParam("id") long id) {
    return orders.moneyTrail(id);
  }
}
