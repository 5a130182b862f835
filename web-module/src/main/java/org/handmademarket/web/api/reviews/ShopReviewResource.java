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

/** A shop's visible reviews, for its page. */
@Path("shops/{slug}/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class ShopReviewResource {

  @Inject ReviewReading reading;

  @GET
  @Operation(summary = "A shop's reviews", description = "Visible reviews, newest first.")
  @APIResponse(responseCode = "404", description = "No such active shop")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewViewPage")))
  public Page<ReviewView> ofShop(
      @PathParam("slug") String slug,
      @QueryParam("page") Integer page,
      @QueryParam("pageSize") Integer pageSize) {
    return reading.ofShop(slug, Paging.of(page, pageSize));
  }
}
