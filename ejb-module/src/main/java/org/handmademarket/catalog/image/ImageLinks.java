package org.handmademarket.catalog.image;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns storage keys into the URLs clients load images from. By default they point at the API's own
 * image endpoint under the path the current request came in on ({@code /api/images/...}, or under
 * the context root the application is deployed at), as a path without host so that proxies in front
 * keep working. Setting {@code images.base-url} (a CDN in front of that endpoint) changes every URL
 * the API hands out and nothing else.
 *
 * <p>One per application: the path the API is served under is the same for every request, and a
 * request-scoped bean cost each request a new instance with its configuration injected.
 */
@ApplicationScoped
public class ImageLinks {

  private static final String DEFAULT_API_PATH = "/api/";

  @Inject
  @ConfigProperty(name = "images.base-url")
  Optional<String> configuredBase;

  private volatile String apiPath = DEFAULT_API_PATH;

  /** Called by the API for each request: the path the API is served under, e.g. {@code /api/}. */
  public void servedUnder(String path) {
    String normalised = path.endsWith("/") ? path : path + "/";
    if (!normalised.equals(apiPath)) {
      apiPath = normalised;
    }
  }

  /** The URL of a stored file, or null when there is none (a shop without a logo). */
  public String url(String key) {
    return key == null ? null : base() + key;
  }

  /** The URL of the grid copy of a stored original, or null when there is none. */
  public String thumbnailUrl(String originalKey) {
    return originalKey == null ? null : base() + ImageKeys.thumbnailOf(originalKey);
  }

  private String base() {
    return configuredBase
        .filter(base -> !base.isBlank())
        .map(base -> base.endsWith("/") ? base : base + "/")
        .orElse(apiPath + "images/");
  }
}
