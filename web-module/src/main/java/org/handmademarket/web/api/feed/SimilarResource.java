package org.handmademarket.web.api.feed;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.feed.Feeds;
import org.handmademarket.feed.SimilarProducts;
import org.handmademarket.platform.errors.InvalidField;

/**
 * Similar items for a listing's page. A root resource of its own (more specific than the
 * catalogue's {@code products} resource, so JAX-RS matches it first) because it belongs to the
 * feed.
 */
@Path("products/{id: [0-9]{1,18}}/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
public class SimilarResource {

  static final int DEFAULT_LIMIT = 8;

  @Inject Feeds feeds;

  @GET
  @Operation(
      summary = "Similar items",
      description =
          "{ products: [product card...] }: listings in stock like this one (more_like_this on title,"
              + " tags and description) that share its category or a tag.")
  @APIResponse(
      responseCode = "200",
      description = "Similar items",
      content = @Content(schema = @Schema(ref = "SimilarProducts")))
  @APIResponse(responseCode = "400", description = "limit is not a number from 1 to 24")
  @APIResponse(responseCode = "404", description = "No such listing")
  @APIResponse(responseCode = "503", description = "Search is unavailable")
  public SimilarProducts similar(
      @PathParam("id") long id,
      @Parameter(description = "How many, 1 to 24 (default 8)") @QueryParam("limit") String limit) {
    return feeds.similar(id, limit(limit));
  }

  private static int limit(String value) {
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw InvalidField.of("limit", "must be a whole number");
    }
  }
}
