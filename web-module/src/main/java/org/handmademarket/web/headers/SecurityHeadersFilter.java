package org.handmademarket.web.headers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.handmademarket.web.security.PublicOrigin;

/**
 * Sets the security headers of the request's surface before the rest of the chain runs, so that
 * every answer carries them: pages, files, JSON, problem documents and the container's own error
 * pages. Mapped in web.xml ahead of the other filters (annotations give no order), for requests and
 * error dispatches.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private transient SecurityHeaders headers;

  @Override
  public void init() {
    PublicOrigin origin = PublicOrigin.configured();
    headers =
        new SecurityHeaders(
            origin.origin(),
            origin.isHttps(),
            ConfigProvider.getConfig().getOptionalValue("images.base-url", String.class));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // An error dispatch (the container's error page) keeps the surface of the failed request.
    Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = failedUri instanceof String failed ? failed : request.getRequestURI();
    String context = request.getContextPath();
    String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
    headers.of(Surface.of(path)).forEach(response::setHeader);
    chain.doFilter(request, response);
  }
}
