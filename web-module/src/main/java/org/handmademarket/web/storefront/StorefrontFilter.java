package org.handmademarket.web.storefront;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;

/**
 * Serves the single-page storefront: client routes fall back to index.html, content-hashed assets
 * are cached for a year ({@code immutable}), index.html is revalidated on every visit. Security
 * headers come from {@code web.headers.SecurityHeadersFilter}, which runs first.
 */
@WebFilter(filterName = "storefront", urlPatterns = "/*")
public class StorefrontFilter extends HttpFilter {

  static final String ASSET_CACHE = "public, max-age=31536000, immutable";
  static final String INDEX_CACHE = "no-cache";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    switch (StorefrontRouting.route(request.getMethod(), path)) {
      case HASHED_ASSET -> {
        if (exists(path)) {
          response.setHeader("Cache-Control", ASSET_CACHE);
        }
        chain.doFilter(request, response);
      }
      case INDEX -> {
        if (!exists(StorefrontRouting.INDEX_PAGE)) {
          // A WAR built with -Dstorefront.skip: no storefront to serve.
          chain.doFilter(request, response);
          return;
        }
        response.setHeader("Cache-Control", INDEX_CACHE);
        request.getRequestDispatcher(StorefrontRouting.INDEX_PAGE).forward(request, response);
      }
      case PASS -> chain.doFilter(request, response);
    }
  }

  private boolean exists(String path) {
    try {
      return getServletContext().getResource(path) != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }
}
