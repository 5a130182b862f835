package org.handmademarket.web.storefront;

import java.util.List;
import java.util.Set;

/** Decides how a request path inside the application is served: a pure function, easy to test. */
final class StorefrontRouting {

  /** How to serve a request. */
  enum Route {
    /** Not the storefront's business: the API, the console, a static file, another method. */
    PASS,
    /** A content-hashed file under /assets/: cache for a year. */
    HASHED_ASSET,
    /** A client route or the root: answer with index.html, revalidated on every visit. */
    INDEX
  }

  static final String INDEX_PAGE = "/index.html";
  static final String ASSETS = "/assets/";

  /**
   * Paths that belong to someone else. /openapi, /health and /metrics are Payara's and are served
   * at the server root, outside the application; they are listed so that they still pass if a
   * runtime routes them through the application deployed at the context root {@code /}.
   */
  static final List<String> RESERVED =
      List.of(
          "/api",
          "/console",
          "/openapi",
          "/health",
          "/metrics",
          "/WEB-INF",
          "/META-INF",
          "/jakarta.faces.resource",
          "/javax.faces.resource");

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

  private StorefrontRouting() {}

  /**
   * @param method the HTTP method
   * @param path the path inside the application (request URI without the context path), e.g. {@code
   *     /products/12}
   */
  static Route route(String method, String path) {
    if (!READ_METHODS.contains(method) || path == null) {
      return Route.PASS;
    }
    String normalized = path.isEmpty() ? "/" : path;
    if (isReserved(normalized)) {
      return Route.PASS;
    }
    if (normalized.startsWith(ASSETS)) {
      return Route.HASHED_ASSET;
    }
    if (normalized.equals("/") || normalized.equals(INDEX_PAGE)) {
      return Route.INDEX;
    }
    String lastSegment = normalized.substring(normalized.lastIndexOf('/') + 1);
    // favicon.svg, robots.txt, ...: a file, served as it is (or 404), never the app page.
    return lastSegment.contains(".") ? Route.PASS : Route.INDEX;
  }

  private static boolean isReserved(String path) {
    for (String prefix : RESERVED) {
      if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";")) {
        return true;
      }
    }
    return false;
  }
}
