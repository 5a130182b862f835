package org.handmademarket.web.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.handmademarket.search.ProductSearch;
import org.handmademarket.search.SearchResult;
import org.handmademarket.search.Suggestions;
import org.handmademarket.search.query.SearchCriteria;

/**
 * Product search and typeahead. Parameters arrive as text and are validated by the search feature,
 * so that a bad value is answered with a problem naming the parameter rather than a bare 404.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

  /** With value {@code bypass}, skips the result cache where the server allows it (benchmarks). */
  static final String CACHE_HEADER = "X-Search-Cache";

  @Inject ProductSearch search;

  @GET
  @Operation(
      summary = "Search listings",
      description =
          "Full-text search over titles, tags and descriptions with synonyms and typo tolerance,"
              + " ranked by relevance and shop reputation, with category and price facets. Without q,"
              + " browses. Only listings in stock are returned.")
  @APIResponse(
      responseCode = "200",
      description = "A page of results with facets",
      content = @Content(schema = @Schema(ref = "SearchResult")))
  @APIResponse(responseCode = "400", description = "A parameter is not valid; errors names it")
  @APIResponse(
      responseCode = "503",
      description = "Search is unavailable; Retry-After says when to retry")
  public SearchResult search(
      @Parameter(description = "Words to search for (at most 200 characters); empty to browse")
          @QueryParam("q")
          String q,
      @Parameter(description = "Category slug; a top-level category includes its sub-categories")
          @QueryParam("category")
          String category,
      @Parameter(
              description = "Lowest price",
              schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
          @QueryParam("minPrice")
          String minPrice,
      @Parameter(
              description = "Highest price",
              schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
          @QueryParam("maxPrice")
          String maxPrice,
      @Parameter(
              description = "Only vintage (true) or only new (false) items",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("isVintage")
          String isVintage,
      @Parameter(
              description =
                  "Only listings whose reviews average at least this many stars (4: \"4 stars and up\")",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
          @QueryParam("minRating")
          String minRating,
      @Parameter(
              description = "Page number, from 1 to 100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Results per page, from 1 to 60",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "60",
                      defaultValue = "24"))
          @QueryParam("pageSize")
          String pageSize,
      @Parameter(
              description = "Order of the results",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"relevance", "newest", "price_asc", "price_desc", "rating"},
                      defaultValue = "relevance"))
          @QueryParam("sort")
          String sort,
      @Parameter(hidden = true) @HeaderParam(CACHE_HEADER) String cacheDirective) {
    SearchCriteria criteria =
        SearchCriteria.parse(
            q, category, minPrice, maxPrice, isVintage, minRating, page, pageSize, sort);
    return search.search(criteria, "bypass".equalsIgnoreCase(cacheDirective));
  }

  @GET
  @Path("suggest")
  @Operation(
      summary = "Typeahead suggestions",
      description =
          "Titles of listings in stock that complete what the shopper is typing, tolerating a typo.")
  @APIResponse(
      responseCode = "200",
      description = "Up to eight suggestions, best first",
      content = @Content(schema = @Schema(ref = "Suggestions")))
  @APIResponse(responseCode = "400", description = "q is missing or longer than 100 characters")
  @APIResponse(
      responseCode = "503",
      description = "Search is unavailable; Retry-After says when to retry")
  public Suggestions suggest(
      @Parameter(description = "What the shopper has typed so far", required = true)
          @QueryParam("q")
          String q) {
    return search.suggest(q);
  }
}
