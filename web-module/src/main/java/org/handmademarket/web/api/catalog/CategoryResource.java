package org.handmademarket.web.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.catalog.CategoryCatalog;
import org.handmademarket.catalog.CategoryNode;

@Path("categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CategoryResource {

  @Inject CategoryCatalog categories;

  @GET
  @Operation(
      summary = "The category taxonomy",
      description = "Top-level categories with their children.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(ref = "CategoryNodeList")))
  public List<CategoryNode> taxonomy() {
    return categories.tree();
  }
}
