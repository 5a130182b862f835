package org.handmademarket.web.api.reviews;

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
import org.handmademarket.platform.paging.Page;
import org.handmademarket.reviews.ReviewReading;
import org.handmademarket.reviews.ReviewView;
import org.handmademarket.web.api.Paging;

/** A listing's visible reviews. */
@Path("products/{id: [0-9]{1,18}}/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class ListingReviewResource {

  @Inject ReviewReading reading;

  @GET
  @Operation(
      summary = "A listing's reviews",
      description =
          "Visible reviews with the shop's reply; sort newest (default), highest, lowest.")
  @APIResponse(
      responseCode = "200",
      description = "A page of reviews",
      content = @Content(schema = @Schema(ref = "ReviewViewPage")))
  @APIResponse(responseCode = "404", description = "No such listing")
  public Page<ReviewView> ofListing(
      @PathParam("id") long id,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("pageSize") Integer pageSize) {
    return reading.ofListing(id, sort, Paging.of(page, pageSize));
  }
}
