package org.handmademarket.web.api.orders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.checkout.OrderView;
import org.handmademarket.checkout.Orders;
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
  @APIResponse(responseCode = "200", description = "The cancelled order")
  @APIResponse(responseCode = "403", description = "Not support")
  @APIResponse(responseCode = "409", description = "The order was shipped, or ended already")
  public OrderView cancel(@PathParam("id") long id, @Valid ReasonRequest body) {
    return orders.cancelAsSupport(id, RequiredBody.of(body).reason);
  }

  @POST
  @Path("{id: [0-9]{1,18}}/refund")
  @Operation(
      summary = "Refund a paid order",
      description = "{reason}; stock returns for goods that never shipped.")
  @APIResponse(responseCode = "200", description = "The refunded order")
  @APIResponse(responseCode = "403", description = "Not support")
  @APIResponse(responseCode = "409", description = "The order is pending or ended already")
  public OrderView refund(@PathParam("id") long id, @Valid ReasonRequest body) {
    return orders.refund(id, RequiredBody.of(body).reason);
  }
}
