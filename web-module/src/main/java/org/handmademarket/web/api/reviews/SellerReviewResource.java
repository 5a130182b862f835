package org.handmademarket.web.api.reviews;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.handmademarket.reviews.ReviewView;
import org.handmademarket.reviews.SellerReplies;
import org.handmademarket.web.api.Paging;
import org.handmademarket.web.api.RequiredBody;

/** The reviews of the signed-in seller's shop, and the shop's replies. */
@Path("seller/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class SellerReviewResource {

  @Inject SellerReplies replies;

  @GET
  @Operation(
      summary = "My shop's reviews",
      description = "Newest first, hidden ones too with support's reason.")
  @APIResponse(responseCode = "403", description = "The caller has no shop")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ReviewViewPage")))
  public Page<ReviewView> mine(
      @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize) {
    return replies.ofMyShop(Paging.of(page, pageSize));
  }

  @PUT
  @Path("{id: [0-9]{1,18}}/reply")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reply to a review",
      description = "{text}, 1 to 2,000 characters; the shop's one public reply, edited in place.")
  @APIResponse(
      responseCode = "200",
      description = "The review with the reply",
      content = @Content(schema = @Schema(ref = "ReviewView")))
  @APIResponse(responseCode = "404", description = "No such review of the caller's shop")
  public ReviewView reply(@PathParam("id") long id, ReplyRequest request) {
    return replies.reply(id, RequiredBody.of(request).text);
  }
}
