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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.checkout.orders.OrderView;
import org.handmademarket.checkout.orders.Orders;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.web.api.Paging;
import org.handmademarket.web.api.RequiredBody;

/** The orders of the caller's shop, and the moves a seller makes. */
@Path("seller/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class SellerOrderResource {

  @Inject Orders orders;

  @GET
  @Operation(
      summary = "My shop's orders",
      description = "Newest first; status= filters (PENDING, PAID, SHIPPED, ...).")
  @APIResponse(
      responseCode = "200",
      description = "A page of orders",
      content = @Content(schema = @Schema(ref = "OrderViewPage")))
  @APIResponse(responseCode = "403", description = "The account has no shop")
  public Page<OrderView> list(
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("pageSize") Integer pageSize) {
    return orders.ofMyShop(status, Paging.of(page, pageSize));
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  @Operation(summary = "One order of my shop")
  @APIResponse(
      responseCode = "200",
      description = "The order",
      content = @Content(schema = @Schema(ref = "OrderView")))
  @APIResponse(responseCode = "404", description = "No such order of the caller's shop")
  public OrderView order(@PathParam("id") long id) {
    return orders.ofMyShop(id);
  }

  @POST
  @Path("{id: [0-9]{1,18}}/ship")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ship a paid order", description = "{carrier, trackingNumber}")
  @APIResponse(
      responseCode = "200",
      description = "The shipped order",
      content = @Content(schema = @Schema(ref = "OrderView")))
  @APIResponse(responseCode = "409", description = "The order is not paid, or shipped already")
  public OrderView ship(@PathParam("id") long id, @Valid ShipRequest body) {
    ShipRequest request = RequiredBody.of(body);
    return orders.ship(id, request.carrier, request.trackingNumber);
  }

  @POST
  @Path("{id: [0-9]{1,18}}/deliver")
  @Operation(summary = "Mark a shipped order delivered")
  @APIResponse(
      responseCode = "200",
      description = "The delivered order",
      content = @Content(schema = @Schema(ref = "OrderView")))
  @APIResponse(responseCode = "409", description = "The order is not shipped")
  public OrderView deliver(@PathParam("id") long id) {
    return orders.deliver(id);
  }

  @POST
  @Path("{id: [0-9]{1,18}}/cancel")
  @Operation(
      summary = "Cancel an order not shipped yet",
      description = "Its stock goes back on sale. An optional {reason}.")
  @APIResponse(
      responseCode = "200",
      description = "The cancelled order",
      content = @Content(schema = @Schema(ref = "OrderView")))
  @APIResponse(responseCode = "409", description = "The order was shipped, or ended already")
  public OrderView cancel(@PathParam("id") long id, @Valid CancelRequest body) {
    return orders.cancelAsSeller(id, body == null ? null : body.reason);
  }
}
