package org.handmademarket.web.api.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.cart.CartView;
import org.handmademarket.cart.Carts;
import org.handmademarket.feed.FeedAction;
import org.handmademarket.feed.FeedExperiment;
import org.handmademarket.web.api.RequiredBody;
import org.handmademarket.web.api.favorites.FavoriteResource;

/** The signed-in shopper's cart; every answer is the whole cart, grouped by shop. */
@Path("cart")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cart")
public class CartResource {

  static final String COUNTRY = "country";
  static final String COUNTRY_DESCRIPTION =
      "Where the buyer ships to (ISO 3166-1 alpha-2, e.g. GB), for the shipping in the answer";

  @Inject Carts carts;
  @Inject FeedExperiment experiment;

  @GET
  @Operation(
      summary = "The cart",
      description =
          "Grouped by shop, each with its shipping to the country: { shops: [{ shopId, shopName,"
              + " shippingPolicy, items, subtotal, shipping }], itemTotal, shippingTotal, total, itemCount,"
              + " country }. Without a country each shop's domestic rate is quoted.")
  @APIResponse(
      responseCode = "200",
      description = "The cart",
      content = @Content(schema = @Schema(ref = "CartView")))
  @APIResponse(responseCode = "400", description = "An unknown country code")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public CartView cart(
      @QueryParam(COUNTRY) @Parameter(description = COUNTRY_DESCRIPTION) String country) {
    return carts.cart(country);
  }

  @POST
  @Path("items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add to the cart",
      description =
          "Adds quantity pieces to what the cart holds of the listing, if stock covers the new total."
              + " With X-Feed-Section (a feed section's key) it counts as a click of that section in the"
              + " feed experiment.")
  @APIResponse(
      responseCode = "200",
      description = "The updated cart",
      content = @Content(schema = @Schema(ref = "CartView")))
  @APIResponse(responseCode = "404", description = "No such listing")
  @APIResponse(
      responseCode = "409",
      description = "Not enough stock; available and inCart say how much")
  public CartView add(
      @Valid AddToCartRequest body,
      @Parameter(description = "The key of the feed section the listing was added from")
          @HeaderParam(FavoriteResource.FEED_SECTION)
          String section,
      @QueryParam(COUNTRY) @Parameter(description = COUNTRY_DESCRIPTION) String country) {
    AddToCartRequest request = RequiredBody.of(body);
    long productId = request.productId.longValueExact();
    CartView cart = carts.add(productId, request.quantity.intValueExact(), country);
    if (section != null) {
      // Most adds come from elsewhere than the feed: no call into the experiment for them.
      experiment.clicked(section, FeedAction.ADD_TO_CART, productId);
    }
    return cart;
  }

  @PUT
  @Path("items/{productId: [0-9]{1,18}}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a quantity",
      description = "Sets how many of the listing the cart holds; 0 removes it.")
  @APIResponse(
      responseCode = "200",
      description = "The updated cart",
      content = @Content(schema = @Schema(ref = "CartView")))
  @APIResponse(
      responseCode = "409",
      description = "Not enough stock; available and inCart say how much")
  public CartView set(
      @PathParam("productId") long productId,
      @Valid CartQuantityRequest body,
      @QueryParam(COUNTRY) @Parameter(description = COUNTRY_DESCRIPTION) String country) {
    return carts.set(productId, RequiredBody.of(body).quantity.intValueExact(), country);
  }

  @DELETE
  @Path("items/{productId: [0-9]{1,18}}")
  @Operation(summary = "Remove from the cart")
  @APIResponse(
      responseCode = "200",
      description = "The updated cart",
      content = @Content(schema = @Schema(ref = "CartView")))
  @APIResponse(responseCode = "404", description = "The listing is not in the cart")
  public CartView remove(
      @PathParam("productId") long productId,
      @QueryParam(COUNTRY) @Parameter(description = COUNTRY_DESCRIPTION) String country) {
    return carts.remove(productId, country);
  }

  @DELETE
  @Operation(summary = "Empty the cart")
  @APIResponse(
      responseCode = "200",
      description = "The empty cart",
      content = @Content(schema = @Schema(ref = "CartView")))
  public CartView clear() {
    return carts.clear();
  }
}
