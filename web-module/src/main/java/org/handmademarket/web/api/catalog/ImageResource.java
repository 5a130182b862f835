package org.handmademarket.web.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.catalog.image.ImageFormat;
import org.handmademarket.catalog.image.ImageStorage;
import org.handmademarket.catalog.image.ImageStorage.StoredFile;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Serves stored images. A key never changes content (uploads get fresh keys), so browsers and CDNs
 * may keep a file for a year without asking again; the ETag lets a client that does ask get a 304.
 */
@Path("images")
@RequestScoped
@Tag(name = "Catalog")
public class ImageResource {

  static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

  @Inject ImageStorage storage;

  @GET
  @Path("{key: .+}")
  @Operation(
      summary = "An image file",
      description =
          "JPEG, PNG or WebP, cacheable for a year; answers 304 to a matching If-None-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The image",
      content =
          @Content(
              mediaType = "image/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag given")
  @APIResponse(responseCode = "404", description = "No such image")
  public Response image(@PathParam("key") String key, @Context Request request) {
    ImageFormat format = ImageFormat.ofKey(key).orElseThrow(() -> noImage(key));
    StoredFile file = storage.find(key).orElseThrow(() -> noImage(key));
    EntityTag tag =
        new EntityTag(
            Long.toHexString(file.size())
                + "-"
                + Long.toHexString(file.lastModified().toEpochMilli()));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER).build();
    }
    StreamingOutput content =
        output -> {
          try (InputStream input = file.open()) {
            input.transferTo(output);
          }
        };
    return Response.ok(content, format.mediaType())
        .tag(tag)
        .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
        .header(HttpHeaders.CONTENT_LENGTH, file.size())
        .build();
  }

  private static MarketplaceException noImage(String key) {
    return new MarketplaceException(ProblemType.NOT_FOUND, "There is no image " + key + ".");
  }
}
