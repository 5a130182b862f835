package org.handmademarket.web.api.seller;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.handmademarket.catalog.seller.ShopBranding;
import org.handmademarket.catalog.seller.ShopOpening;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.web.api.RequiredBody;

@Path("seller/shop")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller")
public class SellerShopResource {

  @Inject ShopOpening opening;
  @Inject ShopBranding branding;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a shop",
      description =
          "The signed-in shopper becomes a seller. One shop per account (409 for a second); the slug is"
              + " made from the name when absent, and a chosen slug that is taken is a 409.")
  @APIResponse(
      responseCode = "201",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ShopView")))
  public Response open(@Valid ShopRequest body, @Context UriInfo uri) {
    ShopRequest request = RequiredBody.of(body);
    ShopView shop = opening.open(request.profile(), request.slug);
    return Response.created(uri.getBaseUriBuilder().path("shops").path(shop.slug()).build())
        .entity(shop)
        .build();
  }

  @GET
  @Operation(summary = "The caller's shop", description = "403 for an account that has no shop.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ShopView")))
  public ShopView shop() {
    return branding.current();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Edit the caller's shop",
      description =
          "Name, tagline, description, location and shipping policy; the slug stays as it was.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ShopView")))
  public ShopView describe(@Valid ShopRequest request) {
    return branding.describe(RequiredBody.of(request).profile());
  }

  @PUT
  @Path("logo")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Replace the shop's logo",
      description =
          "The body is the image file (JPEG, PNG or WebP; the type is read from the content).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ShopView")))
  @RequestBody(
      description = "The image file",
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public ShopView logo(InputStream image) {
    return branding.changeLogo(image);
  }

  @PUT
  @Path("banner")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Replace the shop's banner",
      description =
          "The body is the image file (JPEG, PNG or WebP; the type is read from the content).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "ShopView")))
  @RequestBody(
      description = "The image file",
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public ShopView banner(InputStream image) {
    return branding.changeBanner(image);
  }
}
