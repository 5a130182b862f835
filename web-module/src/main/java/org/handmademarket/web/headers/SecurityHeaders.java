package org.handmademarket.web.headers;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The security headers of each surface, computed once from the configuration.
 *
 * <p>Every surface: no framing by other sites ({@code frame-ancestors 'none'} and, for older
 * browsers, {@code X-Frame-Options: DENY}), no MIME sniffing, a referrer policy, and HSTS when the
 * public origin is HTTPS (an instance reached over plain HTTP on a developer's machine must not pin
 * its host to HTTPS).
 *
 * <ul>
 *   <li>Storefront: scripts, styles and fonts from the site only. Stripe.js and its frames are
 *       allowed because checkout collects cards in Stripe Elements; images may also come from the
 *       configured image CDN. {@code connect-src 'self'} covers the live-updates WebSocket (CSP
 *       Level 3 matches ws/wss of the page's own host), and the public origin's ws/wss form is
 *       named as well for browsers that do not.
 *   <li>API: JSON and images are never documents to run anything in: {@code default-src 'none'} and
 *       {@code sandbox}, so an uploaded image opened on its own cannot run script or reach the
 *       site.
 *   <li>Console: only the directives that need no nonce. PrimeFaces sets the fetch directives
 *       itself ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml) with a fresh
 *       nonce per view; a browser enforces both headers, so each must allow what the pages need.
 * </ul>
 */
final class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";

  private static final String STRIPE_JS = "https://js.stripe.com";
  private static final String STRIPE_HOOKS = "https://hooks.stripe.com";
  private static final String STRIPE_API = "https://api.stripe.com";
  private static final String HSTS = "max-age=31536000; includeSubDomains";

  private final Map<Surface, Map<String, String>> bySurface = new LinkedHashMap<>();

  /**
   * @param publicOrigin the origin shoppers use, e.g. {@code https://shop.example.org}
   * @param https whether that origin is HTTPS
   * @param imagesBaseUrl where images are loaded from when not from the site itself (a CDN)
   */
  SecurityHeaders(String publicOrigin, boolean https, Optional<String> imagesBaseUrl) {
    String socketOrigin = publicOrigin.replaceFirst("^http", "ws");
    String imageSources = "'self' data: blob: https://*.stripe.com";
    imageSources += imagesBaseUrl.flatMap(SecurityHeaders::originOf).map(o -> " " + o).orElse("");
    bySurface.put(
        Surface.STOREFRONT,
        common(
            https,
            "default-src 'self'; script-src 'self' "
                + STRIPE_JS
                + "; style-src 'self'; img-src "
                + imageSources
                + "; font-src 'self'; connect-src 'self' "
                + socketOrigin
                + " "
                + STRIPE_API
                + "; frame-src "
                + STRIPE_JS
                + " "
                + STRIPE_HOOKS
                + "; object-src 'none'; base-uri 'none'; form-action 'self';"
                + " frame-ancestors 'none'",
            "strict-origin-when-cross-origin"));
    bySurface.put(
        Surface.API,
        common(
            https,
            "default-src 'none'; base-uri 'none'; frame-ancestors 'none'; sandbox",
            "no-referrer"));
    bySurface.put(
        Surface.CONSOLE,
        common(
            https,
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "same-origin"));
  }

  Map<String, String> of(Surface surface) {
    return bySurface.get(surface);
  }

  private static Map<String, String> common(
      boolean https, String contentSecurityPolicy, String referrerPolicy) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CSP, contentSecurityPolicy);
    headers.put("X-Frame-Options", "DENY");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", referrerPolicy);
    if (https) {
      headers.put("Strict-Transport-Security", HSTS);
    }
    return Map.copyOf(headers);
  }

  private static Optional<String> originOf(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        return Optional.empty();
      }
      return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
