package org.handmademarket.web.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.catalog.listing.ListingCard;
import org.handmademarket.catalog.listing.ListingSort;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.catalog.storefront.ShopFront;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;

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
      description = "Branding, policies, rating, sales and the number of listings shoppers can see.")
  public ShopView shop(@PathParam("slug") String slug) {
    return shops.shop(slug);
  }

  @GET
  @Path("{slug}/products")
  @Operation(
      summary = "A shop's listings",
      description = "Active and sold-out listings, paged; sort is newest (default), price_asc or price_desc.")
  public Page<ListingCard> products(
      @PathParam("slug") String slug,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(10_000) int page,
      @QueryParam("pageSize") @DefaultValue("24") @Min(1) @Max(PageRequest.MAX_SIZE) int pageSize,
      @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ListingSort.PARAMETER_PATTERN) String sort) {
    return shops.listings(
        slug, new PageRequest(page, pageSize), ListingSort.ofParameter(sort).orElseThrow());
  }
}
