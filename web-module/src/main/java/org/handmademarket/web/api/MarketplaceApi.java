package org.handmademarket.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The storefront's API. Every error it answers is an RFC 9457 problem document. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Handmade Market API",
            version = "0.1.0",
            description =
                "Shops, listings, search, a multi-seller cart and checkout for a marketplace of"
                    + " handmade and vintage goods. Errors are application/problem+json (RFC 9457).",
            license = @License(name = "Apache-2.0")),
    tags = {
      @Tag(name = "Catalog", description = "Categories, shops and listings"),
      @Tag(
          name = "Identity",
          description = "Registering, signing in and out, the signed-in account"),
      @Tag(
          name = "Seller",
          description = "A seller's own shop, listings, photos, prices and stock"),
      @Tag(name = "Search", description = "Product search with facets, and typeahead"),
      @Tag(name = "Favorites", description = "A shopper's favorite listings and shops"),
      @Tag(
          name = "Feed",
          description = "The personalised home feed, similar items, the feed experiment")
    })
public class MarketplaceApi extends Application {}
