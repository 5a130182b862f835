package org.handmademarket.web.headers;

/** What a request path serves, which decides its security headers. */
enum Surface {
  /** The JSON API, images and the live-updates WebSocket under {@code /api}. */
  API,
  /** The Faces console under {@code /console} and its scripts and styles. */
  CONSOLE,
  /** Everything else: the single-page storefront, its assets and static files. */
  STOREFRONT;

  /**
   * @param path the path inside the application (request URI without the context path)
   */
  static Surface of(String path) {
    if (under(path, "/api")) {
      return API;
    }
    if (under(path, "/console")
        || under(path, "/jakarta.faces.resource")
        || under(path, "/javax.faces.resource")) {
      return CONSOLE;
    }
    return STOREFRONT;
  }

  private static boolean under(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";");
  }
}
