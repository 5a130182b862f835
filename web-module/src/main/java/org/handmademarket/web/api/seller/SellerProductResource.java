package org.handmademarket.web.api.seller;

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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.catalog.listing.ImageView;
import org.handmademarket.catalog.listing.ListingCard;
import org.handmademarket.catalog.listing.ListingStatus;
import org.handmademarket.catalog.listing.ProductView;
import org.handmademarket.catalog.seller.ListingEditing;
import org.handmademarket.catalog.seller.ListingPhotos;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.web.api.Paging;
import org.handmademarket.web.api.RequiredBody;

/** The caller's listings. Another seller's listing id answers 404, exactly like an unknown one. */
@Path("seller/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller")
public class SellerProductResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject ListingEditing listings;
  @Inject ListingPhotos photos;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a listing",
      description = "A draft, seen only by its seller until published.")
  @APIResponse(
      responseCode = "201",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ProductView")))
  public Response create(@Valid ListingRequest request, @Context UriInfo uri) {
    ProductView created = listings.create(RequiredBody.of(request).toListing());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      summary = "The caller's listings",
      description = "Newest first, optionally of one status.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ListingCardPage")))
  public Page<ListingCard> mine(
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("pageSize") Integer pageSize) {
    return listings.mine(statusOf(status), Paging.of(page, pageSize));
  }

  private static ListingStatus statusOf(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    return Arrays.stream(ListingStatus.values())
        .filter(status -> status.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> InvalidField.of("status", "must be one of DRAFT, ACTIVE, SOLD_OUT, INACTIVE"));
  }

  @GET
  @Path(ID)
  @Operation(
      summary = "One of the caller's listings",
      description = "In any status, drafts included.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ProductView")))
  public ProductView get(@PathParam("id") long id) {
    return listings.get(id);
  }

  @PUT
  @Path(ID)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a listing",
      description = "Every field, price and stock included; a stock change goes through inventory.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ProductView")))
  public ProductView edit(@PathParam("id") long id, @Valid ListingRequest request) {
    return listings.edit(id, RequiredBody.of(request).toListing());
  }

  @PUT
  @Path(ID + "/price")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a listing's price")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ProductView")))
  public ProductView reprice(@PathParam("id") long id, @Valid PriceRequest request) {
    return listings.reprice(id, RequiredBody.of(request).price);
  }

  @PUT
  @Path(ID + "/quantity")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a listing's stock",
      description = "At 0 an active listing becomes SOLD_OUT; with stock again it is ACTIVE again.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ProductView")))
  public ProductView changeQuantity(@PathParam("id") long id, @Valid QuantityRequest request) {
    return listings.changeQuantity(id, RequiredBody.of(request).quantity);
  }

  @POST
  @Path(ID + "/publish")
  @Operation(
      summary = "Publish a listing",
      description = "From DRAFT or INACTIVE; needs stock and at least one photo (409 otherwise).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ProductView")))
  public ProductView publish(@PathParam("id") long id) {
    return listings.publish(id);
  }

  @POST
  @Path(ID + "/deactivate")
  @Operation(
      summary = "Deactivate a listing",
      description = "From ACTIVE or SOLD_OUT (409 otherwise).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ProductView")))
  public ProductView deactivate(@PathParam("id") long id) {
    return listings.deactivate(id);
  }

  @GET
  @Path(ID + "/images")
  @Operation(summary = "A listing's photos in gallery order")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ImageViewList")))
  public List<ImageView> images(@PathParam("id") long id) {
    return photos.gallery(id);
  }

  @POST
  @Path(ID + "/images")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Add a photo",
      description =
          "The body is the image file: JPEG, PNG or WebP, recognised by its content (415 otherwise), at"
              + " most 10 MB (413), each side 200 to 8,000 px (400). At most 10 photos per listing (409).")
  @APIResponse(
      responseCode = "201",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ImageView")))
  @RequestBody(
      description = "The image file",
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response upload(@PathParam("id") long id, InputStream image) {
    return Response.status(Response.Status.CREATED).entity(photos.upload(id, image)).build();
  }

  @DELETE
  @Path(ID + "/images/{imageId: [0-9]{1,18}}")
  @Operation(summary = "Remove a photo", description = "Answers the remaining photos in order.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ImageViewList")))
  public List<ImageView> deleteImage(@PathParam("id") long id, @PathParam("imageId") long imageId) {
    return photos.delete(id, imageId);
  }

  @PUT
  @Path(ID + "/images/order")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reorder the photos",
      description = "Every photo id of the listing once, first photo first.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ImageViewList")))
  public List<ImageView> reorder(@PathParam("id") long id, @Valid ImageOrderRequest request) {
    return photos.reorder(id, RequiredBody.of(request).imageIds);
  }
}
