package org.handmademarket.web.api.favorites;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.favorites.FavoriteState;
import org.handmademarket.favorites.Favorites;
import org.handmademarket.favorites.FavoritesView;
import org.handmademarket.feed.FeedAction;
import org.handmademarket.feed.FeedExperiment;

/**
 * The signed-in shopper's favorite listings and shops. Adding and removing are idempotent; each
 * answers whether the item is favorited now and its favorite count. Ids that are not numbers match
 * no resource (404).
 */
@Path("favorites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Favorites")
public class FavoriteResource {

  /** Set by the storefront when the favorite was made from a feed section: its key. */
  public static final String FEED_SECTION = "X-Feed-Section";

  @Inject Favorites favorites;
  @Inject FeedExperiment experiment;

  @GET
  @Operation(
      summary = "The caller's favorites",
      description = "{ products: [product card...], shops: [shop card...] }, newest first.")
  @APIResponse(
      responseCode = "200",
      description = "The favorites",
      content = @Content(schema = @Schema(ref = "FavoritesView")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  public FavoritesView mine() {
    return favorites.mine();
  }

  @GET
  @Path("products/{id: [0-9]{1,18}}")
  @Operation(summary = "Whether the caller favorited a listing")
  @APIResponse(
      responseCode = "200",
      description = "{ favorited, favoriteCount }",
      content = @Content(schema = @Schema(ref = "FavoriteState")))
  @APIResponse(responseCode = "404", description = "No such listing")
  public FavoriteState product(@PathParam("id") long id) {
    return favorites.product(id);
  }

  @POST
  @Path("products/{id: [0-9]{1,18}}")
  @Operation(
      summary = "Favorite a listing",
      description =
          "Idempotent. With X-Feed-Section (a feed section's key) the favorite counts as a click of"
              + " that section in the feed experiment.")
  @APIResponse(
      responseCode = "200",
      description = "{ favorited: true, favoriteCount }",
      content = @Content(schema = @Schema(ref = "FavoriteState")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such listing")
  public FavoriteState favoriteProduct(
      @PathParam("id") long id,
      @Parameter(description = "The key of the feed section the favorite was made from")
          @HeaderParam(FEED_SECTION)
          String section) {
    FavoriteState state = favorites.favoriteProduct(id);
    experiment.clicked(section, FeedAction.FAVORITE, id);
    return state;
  }

  @DELETE
  @Path("products/{id: [0-9]{1,18}}")
  @Operation(summary = "Unfavorite a listing", description = "Idempotent.")
  @APIResponse(
      responseCode = "200",
      description = "{ favorited: false, favoriteCount }",
      content = @Content(schema = @Schema(ref = "FavoriteState")))
  @APIResponse(responseCode = "404", description = "No such listing")
  public FavoriteState unfavoriteProduct(@PathParam("id") long id) {
    return favorites.unfavoriteProduct(id);
  }

  @GET
  @Path("shops/{id: [0-9]{1,18}}")
  @Operation(summary = "Whether the caller favorited a shop")
  @APIResponse(
      responseCode = "200",
      description = "{ favorited, favoriteCount }",
      content = @Content(schema = @Schema(ref = "FavoriteState")))
  @APIResponse(responseCode = "404", description = "No such shop")
  public FavoriteState shop(@PathParam("id") long id) {
    return favorites.shop(id);
  }

  @POST
  @Path("shops/{id: [0-9]{1,18}}")
  @Operation(summary = "Favorite a shop", description = "Idempotent.")
  @APIResponse(
      responseCode = "200",
      description = "{ favorited: true, favoriteCount }",
      content = @Content(schema = @Schema(ref = "FavoriteState")))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such shop")
  public FavoriteState favoriteShop(@PathParam("id") long id) {
    return favorites.favoriteShop(id);
  }

  @DELETE
  @Path("shops/{id: [0-9]{1,18}}")
  @Operation(summary = "Unfavorite a shop", description = "Idempotent.")
  @APIResponse(
      responseCode = "200",
      description = "{ favorited: false, favoriteCount }",
      content = @Content(schema = @Schema(ref = "FavoriteState")))
  @APIResponse(responseCode = "404", description = "No such shop")
  public FavoriteState unfavoriteShop(@PathParam("id") long id) {
    return favorites.unfavoriteShop(id);
  }
}
