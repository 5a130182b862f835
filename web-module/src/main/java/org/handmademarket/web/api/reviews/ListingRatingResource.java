package org.handmademarket.web.api.reviews;

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
import org.handmademarket.reviews.RatingSummary;
import org.handmademarket.reviews.ReviewReading;

/** A listing's rating summary. */
@Path("products/{id: [0-9]{1,18}}/rating")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class ListingRatingResource {

  @Inject ReviewReading reading;

  @GET
  @Operation(
      summary = "A listing's rating",
      description = "Average, count and how many reviews gave each number of stars.")
  @APIResponse(responseCode = "404", description = "No such listing")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "RatingSummary")))
  public RatingSummary rating(@PathParam("id") long id) {
    return reading.summaryOfListing(id);
  }
}
