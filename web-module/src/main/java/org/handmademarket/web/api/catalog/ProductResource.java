package org.handmademarket.web.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.catalog.listing.ProductView;
import org.handmademarket.catalog.storefront.ListingPage;
import org.handmademarket.feed.Feeds;

@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductResource {

  @Inject ListingPage listings;
  @Inject Feeds feeds;

  /** An id that is not a number matches no resource: 404, like an unknown listing. */
  @GET
  @Path("{id: [0-9]{1,18}}")
  @Operation(
      summary = "A listing's page",
      description =
          "The listing with its photos in order (original and grid copy), category, tags, materials,"
              + " stock, status and shop. Drafts, deactivated listings and listings of suspended shops"
              + " are 404. A signed-in shopper's view is recorded for their feed.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ProductView")))
  public ProductView product(@PathParam("id") long id) {
    ProductView product = listings.product(id);
    feeds.viewed(id);
    return product;
  }
}
