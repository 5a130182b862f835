package org.handmademarket.web.api.reviews;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.reviews.ReviewModeration;
import org.handmademarket.reviews.ReviewView;
import org.handmademarket.web.api.Paging;

/** Support's moderation of reviews and replies (role SUPPORT or ADMIN); every move is audited. */
@Path("support/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class SupportReviewResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject ReviewModeration moderation;

  @GET
  @Operation(
      summary = "The moderation queue",
      description = "Newest first; hidden=true for hidden reviews only, false for visible ones.")
  @APIResponse(responseCode = "403", description = "Not support")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewViewPage")))
  public Page<ReviewView> queue(
      @QueryParam("hidden") String hidden,
      @QueryParam("page") Integer page,
      @QueryParam("pageSize") Integer pageSize) {
    return moderation.queue(flag(hidden), Paging.of(page, pageSize));
  }

  @POST
  @Path(ID + "/hide")
  @Operation(
      summary = "Hide a review",
      description = "{reason} (required, shown to the author); it leaves the ratings.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  public ReviewView hide(@PathParam("id") long id, ModerationRequest request) {
    return moderation.hideReview(id, reason(request));
  }

  @POST
  @Path(ID + "/restore")
  @Operation(summary = "Show a hidden review again", description = "{reason} optional.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  public ReviewView restore(@PathParam("id") long id, ModerationRequest request) {
    return moderation.restoreReview(id, reason(request));
  }

  @POST
  @Path(ID + "/reply/hide")
  @Operation(summary = "Hide a review's reply", description = "{reason} required.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  public ReviewView hideReply(@PathParam("id") long id, ModerationRequest request) {
    return moderation.hideReply(id, reason(request));
  }

  @POST
  @Path(ID + "/reply/restore")
  @Operation(summary = "Show a hidden reply again", description = "{reason} optional.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  public ReviewView restoreReply(@PathParam("id") long id, ModerationRequest request) {
    return moderation.restoreReply(id, reason(request));
  }

  private static String reason(ModerationRequest request) {
    return request == null ? null : request.reason;
  }

  private static Boolean flag(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.valueOf(value);
    }
    throw InvalidField.of("hidden", "must be true or false");
  }
}
