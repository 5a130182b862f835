package org.handmademarket.web.security;

import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The origin shoppers reach the marketplace at, e.g. {@code https://shop.example.org}: the same key
 * mail links use ({@code notifications.link.base-url}). Behind a proxy that terminates TLS the
 * instances only see plain HTTP, so this setting, not the request, says whether the site is served
 * over HTTPS: that decides the session cookies' {@code Secure} flag and {@code __Host-} prefix,
 * HSTS, and which {@code Origin} a WebSocket upgrade may come from.
 */
public final class PublicOrigin {

  static final String KEY = "notifications.link.base-url";
  private static final String LOCAL_DEFAULT = "http://127.0.0.1:8180";

  private static volatile PublicOrigin configured;

  private final String scheme;
  private final String host;
  private final int port;
  private final String origin;

  PublicOrigin(String baseUrl) {
    URI uri = URI.create(baseUrl.strip());
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException(KEY + " must be an absolute http(s) URL: " + baseUrl);
    }
    scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    host = uri.getHost().toLowerCase(Locale.ROOT);
    port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
    origin = scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  /** The configured origin; read once, as the configuration does not change while running. */
  public static PublicOrigin configured() {
    PublicOrigin current = configured;
    if (current == null) {
      current =
          new PublicOrigin(
              ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(LOCAL_DEFAULT));
      configured = current;
    }
    return current;
  }

  /**
   * An origin given as a URL, e.g. {@code http://127.0.0.1:8180}.
   *
   * @throws IllegalArgumentException when it is no absolute URL with a host
   */
  public static PublicOrigin of(String url) {
    return new PublicOrigin(url);
  }

  /** Whether shoppers reach the site over HTTPS (whatever the instance itself sees). */
  public boolean isHttps() {
    return "https".equals(scheme);
  }

  /** {@code scheme://host[:port]}, in lower case, as browsers send it in {@code Origin}. */
  public String origin() {
    return origin;
  }

  /**
   * Whether a browser's {@code Origin} header names this origin; a default port written out counts
   * as the same origin.
   */
  public boolean matches(String originHeader) {
    if (originHeader == null) {
      return false;
    }
    try {
      PublicOrigin other = new PublicOrigin(originHeader);
      return scheme.equals(other.scheme) && host.equals(other.host) && port == other.port;
    } catch (IllegalArgumentException notAnOrigin) {
      return false;
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equals(scheme) ? 443 : 80;
  }
}
