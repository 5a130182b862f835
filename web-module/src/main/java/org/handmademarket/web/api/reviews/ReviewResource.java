package org.handmademarket.web.api.reviews;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.reviews.ReviewView;
import org.handmademarket.reviews.Reviewing;
import org.handmademarket.web.api.Paging;
import org.handmademarket.web.api.RequiredBody;

/** The signed-in buyer's reviews. */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class ReviewResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject Reviewing reviewing;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Review an item I bought",
      description =
          "{orderItemId, stars, text}: 1 to 5 stars, text optional (at most 2,000 characters, no"
              + " control characters). Once the order is delivered, or 14 days after it shipped.")
  @APIResponse(
      responseCode = "201",
      description = "The review",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  @APIResponse(responseCode = "400", description = "Bad stars or text")
  @APIResponse(responseCode = "404", description = "No such order item of the caller")
  @APIResponse(
      responseCode = "409",
      description = "Not delivered yet, or reviewed already (reviewId names the review)")
  public Response write(@Valid ReviewRequest request, @Context UriInfo uri) {
    ReviewRequest body = RequiredBody.of(request);
    if (body.orderItemId == null) {
      throw InvalidField.of("orderItemId", "must name the order item reviewed");
    }
    ReviewView review = reviewing.write(body.orderItemId, body.stars, body.text);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(review.id())).build())
        .entity(review)
        .build();
  }

  @GET
  @Path("mine")
  @Operation(
      summary = "My reviews",
      description =
          "Newest first, with editableUntil; a hidden review carries support's hiddenReason.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewViewPage")))
  public Page<ReviewView> mine(
      @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize) {
    return reviewing.mine(Paging.of(page, pageSize));
  }

  @PUT
  @Path(ID)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change my review", description = "{stars, text}, within 30 days.")
  @APIResponse(
      responseCode = "200",
      description = "The review",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  @APIResponse(responseCode = "404", description = "No such review of the caller")
  @APIResponse(responseCode = "409", description = "The edit window has closed")
  public ReviewView edit(@PathParam("id") long id, @Valid ReviewRequest request) {
    ReviewRequest body = RequiredBody.of(request);
    return reviewing.edit(id, body.stars, body.text);
  }

  @PUT
  @Path(ID + "/photo")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Add or replace my review's photo",
      description =
          "The body is the image file, under the listings' rules: JPEG, PNG or WebP by content (415"
              + " otherwise), at most 10 MB (413), each side 200 to 8,000 px (400).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  @RequestBody(
      description = "The image file",
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public ReviewView photo(@PathParam("id") long id, InputStream image) {
    return reviewing.uploadPhoto(id, image);
  }

  @DELETE
  @Path(ID + "/photo")
  @Operation(summary = "Remove my review's photo")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  public ReviewView deletePhoto(@PathParam("id") long id) {
    return reviewing.deletePhoto(id);
  }
}
