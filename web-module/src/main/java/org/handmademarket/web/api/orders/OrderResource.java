package org.handmademarket.web.api.orders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

/** The signed-in buyer's orders. */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {

  @Inject Orders orders;

  @GET
  @Operation(
      summary = "My orders",
      description = "Newest first, paged as { items, total, page, pageSize, totalPages }.")
  @APIResponse(
      responseCode = "200",
      description = "A page of orders",
      content = @Content(schema = @Schema(ref = "OrderViewPage")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  public Page<OrderView> mine(
      @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize) {
    return orders.mine(Paging.of(page, pageSize));
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  @Operation(
      summary = "One of my orders",
      description = "Items, shop, totals, shipping address, carrier and tracking, status timeline.")
  @APIResponse(
      responseCode = "200",
      description = "The order",
      content = @Content(schema = @Schema(ref = "OrderView")))
  @APIResponse(responseCode = "404", description = "No such order of the caller")
  public OrderView order(@PathParam("id") long id) {
    return orders.mine(id);
  }
}
