package org.handmademarket.web.api.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.feed.ExperimentReport;
import org.handmademarket.feed.FeedExperiment;
import org.handmademarket.platform.errors.InvalidField;

/** The feed experiment's click-through per variant, for support and admins. */
@Path("admin/feed-experiment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
public class FeedExperimentResource {

  static final int DEFAULT_DAYS = 7;
  static final int MAX_DAYS = 90;

  @Inject FeedExperiment experiment;

  @GET
  @Operation(
      summary = "Click-through per feed variant",
      description =
          "{ from, to, variants: [{ variant, shoppers, impressions, favorites, addsToCart, clicks,"
              + " clickThroughRate }] } over the last days; clicks are favorites and adds to cart made"
              + " from a feed section.")
  @APIResponse(
      responseCode = "200",
      description = "The comparison",
      content = @Content(schema = @Schema(ref = "ExperimentReport")))
  @APIResponse(responseCode = "400", description = "days is not a number from 1 to 90")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Neither support nor admin")
  public ExperimentReport report(
      @Parameter(description = "The period in days, 1 to 90 (default 7)") @QueryParam("days")
          String days) {
    return experiment.report(Duration.ofDays(days(days)));
  }

  private static int days(String value) {
    if (value == null) {
      return DEFAULT_DAYS;
    }
    try {
      int days = Integer.parseInt(value.trim());
      if (days >= 1 && days <= MAX_DAYS) {
        return days;
      }
    } catch (NumberFormatException e) {
      // Reported below like an out-of-range number.
    }
    throw InvalidField.of("days", "must be a whole number from 1 to " + MAX_DAYS);
  }
}
