package org.handmademarket.web.api.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.feed.FeedView;
import org.handmademarket.feed.Feeds;

/** The home feed. */
@Path("feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
public class FeedResource {

  @Inject Feeds feeds;

  @GET
  @Operation(
      summary = "The home feed",
      description =
          "{ variant, sections: [{ key, title, reason, products: [product card...] }] }. Anonymous:"
              + " trending (variant null). Little history: popular. Otherwise based-on-favorites,"
              + " more-in-<categorySlug> (top two categories) and trending.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(schema = @Schema(ref = "FeedView")))
  public FeedView feed() {
    return feeds.feed();
  }
}
