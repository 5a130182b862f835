package org.handmademarket.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.web.security.SessionCredentials;

/**
 * The first check on every console request: anonymous callers go to the sign-in page (with "your
 * session expired" when they still send a session cookie that no longer signs them in), signed-in
 * callers without the area's role get 403. It decides what a page may show at all; the services
 * check every record and action again against the signed-in identity.
 *
 * <p>The roles are the account's, as {@link CurrentUser} reads them from the signed-in principal:
 * the same answer the menus and every service get. The container's own role check ({@code
 * isUserInRole}) is not asked: it maps groups to roles the application never declares, and when
 * that mapping answered "no" for every role the whole console was closed to everyone while the
 * menus still offered every page.
 */
@WebFilter(filterName = "console", urlPatterns = "/console/*")
public class ConsoleGuard extends HttpFilter {

  @Inject ImageLinks links;
  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // The canonical path the container mapped (dot segments resolved), not the raw request URI.
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.equals("/console/")) {
      response.sendRedirect(request.getContextPath() + ConsoleAreas.HOME);
      return;
    }
    // Console pages show the caller's own data: never kept by a browser or a shared cache.
    response.setHeader("Cache-Control", "no-store");
    ConsoleAreas.Area area = ConsoleAreas.of(path);
    if (area == ConsoleAreas.Area.PUBLIC) {
      chain.doFilter(request, response);
      return;
    }
    if (currentUser.userId().isEmpty()) {
      ConsoleSessions.endWithoutSignIn(request);
      String target =
          ConsoleAreas.SIGN_IN
              + (SessionCredentials.token(null, SessionCredentials.cookieValue(request)).isPresent()
                  ? "?expired=true"
                  : "");
      redirect(request, response, request.getContextPath() + target);
      return;
    }
    if (!area.admits(this::callerHas)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      request.getRequestDispatcher(ConsoleAreas.FORBIDDEN).forward(request, response);
      return;
    }
    ConsoleSessions.bind(request);
    // Pictures are served by the API next to the console, whatever the context root.
    links.servedUnder(request.getContextPath() + "/api/");
    chain.doFilter(request, response);
  }

  private boolean callerHas(String role) {
    return Arrays.stream(Role.values())
        .anyMatch(known -> known.name().equals(role) && currentUser.hasRole(known));
  }

  /** A Faces Ajax request needs its redirect as a partial response; a browser follows it then. */
  private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;")
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(url);
  }
}
