package org.handmademarket.web.api.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.handmademarket.catalog.image.ImageLinks;

/**
 * Tells the catalogue where this request reached the API, so the image URLs it hands out work under
 * any context root ({@code /api/images/...} in production, {@code /marketplace/api/images/...} in a
 * test deployment).
 */
@Provider
@ApplicationScoped
public class ImageLinksFilter implements ContainerRequestFilter {

  @Inject ImageLinks links;

  @Override
  public void filter(ContainerRequestContext request) {
    links.servedUnder(request.getUriInfo().getBaseUri().getRawPath());
  }
}
