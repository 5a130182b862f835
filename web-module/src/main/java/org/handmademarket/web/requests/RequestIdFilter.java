package org.handmademarket.web.requests;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.handmademarket.platform.logging.RequestId;

/**
 * Gives every request an id: the one nginx (or another proxy) sent in {@code X-Request-Id} when it
 * is well formed, a new one otherwise. The response carries it back, and it stays bound to the
 * thread while the request is served, so that a logged failure names it ({@link RequestId}).
 */
@WebFilter(filterName = "request-id", urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestId.accept(request.getHeader(RequestId.HEADER));
    response.setHeader(RequestId.HEADER, id);
    RequestId.bind(id);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestId.clear();
    }
  }
}
