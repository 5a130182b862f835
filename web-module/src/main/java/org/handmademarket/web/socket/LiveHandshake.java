package org.handmademarket.web.socket;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handmademarket.web.security.PublicOrigin;
import org.handmademarket.web.security.SessionCredentials;

/**
 * Looks at the upgrade request of {@code /api/live}. Browsers send {@code Origin} on every
 * WebSocket upgrade and attach the site's cookies whichever page opens the socket, so another site
 * could otherwise watch a signed-in shopper's orders (cross-site WebSocket hijacking). A browser
 * upgrade is accepted from the configured public origin or from the page's own origin (the {@code
 * Host} it connects to, which is what a developer's instance on a random port serves); any other
 * origin, including {@code null} from sandboxed frames and files, is refused. A client without
 * {@code Origin} is not a browser and has no victim's cookies to abuse.
 *
 * <p>It also keeps the session token the upgrade carried, so that the socket can be closed once
 * that session ends ({@link LiveHub}). WebSocket 2.1 copies these per-connection properties into
 * the new session's user properties.
 */
public class LiveHandshake extends ServerEndpointConfig.Configurator {

  static final String ORIGIN_REFUSED = "live.origin-refused";
  static final String SESSION_TOKEN = "live.session-token";

  @Override
  public boolean checkOrigin(String origin) {
    // Called without the Host header: the comparison with the page's own origin is made below.
    return origin == null || looksLikeAnOrigin(origin);
  }

  @Override
  public void modifyHandshake(
      ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    // A copy for this connection (WebSocket 2.1; Tyrus wraps the endpoint's config per request).
    Map<String, Object> properties = config.getUserProperties();
    Optional<String> origin = header(request, "Origin");
    if (origin.isPresent() && !allowed(origin.get(), header(request, "Host").orElse(""))) {
      properties.put(ORIGIN_REFUSED, origin.get());
      return;
    }
    SessionCredentials.token(
            header(request, "Authorization").orElse(null),
            cookie(header(request, "Cookie").orElse(""), SessionCredentials.cookieName()))
        .ifPresent(token -> properties.put(SESSION_TOKEN, token));
  }

  /** The configured public origin, or the origin whose host and port the request went to. */
  static boolean allowed(String origin, String host) {
    PublicOrigin configured = PublicOrigin.configured();
    if (configured.matches(origin)) {
      return true;
    }
    // The origin's own scheme: behind a TLS proxy the instance sees http, the browser https.
    String scheme = origin.startsWith("https:") ? "https://" : "http://";
    try {
      return !host.isBlank() && PublicOrigin.of(scheme + host).matches(origin);
    } catch (IllegalArgumentException notAHost) {
      return false;
    }
  }

  private static boolean looksLikeAnOrigin(String value) {
    return value.startsWith("http://") || value.startsWith("https://");
  }

  private static Optional<String> header(HandshakeRequest request, String name) {
    for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /** A cookie's value in a {@code Cookie} request header, or null. */
  static String cookie(String cookieHeader, String name) {
    for (String pair : cookieHeader.split(";")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
        return pair.substring(equals + 1).strip();
      }
    }
    return null;
  }
}
