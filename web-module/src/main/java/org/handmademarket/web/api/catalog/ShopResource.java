package org.handmademarket.web.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import org.handmademarket.catalog.listing.ListingCard;
import org.handmademarket.catalog.listing.ListingSort;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.catalog.storefront.ShopFront;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.web.api.Paging;

@Path("shops")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ShopResource {

  @Inject ShopFront shops;

  @GET
  @Path("{slug}")
  @Operation(
      summary = "A shop's page",
      description =
          "Branding, policies, rating, sales and the number of listings shoppers can see.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ShopView")))
  public ShopView shop(@PathParam("slug") String slug) {
    return shops.shop(slug);
  }

  @GET
  @Path("{slug}/products")
  @Operation(
      summary = "A shop's listings",
      description =
          "Active and sold-out listings, paged; sort is newest (default), price_asc or price_desc.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ListingCardPage")))
  public Page<ListingCard> products(
      @PathParam("slug") String slug,
      @QueryParam("page") Integer page,
      @QueryParam("pageSize") Integer pageSize,
      @QueryParam("sort") @DefaultValue("newest") String sort) {
    ListingSort order =
        ListingSort.ofParameter(sort)
            .orElseThrow(
                () -> InvalidField.of("sort", "must be one of newest, price_asc, price_desc"));
    return shops.listings(slug, Paging.of(page, pageSize), order);
  }
}
