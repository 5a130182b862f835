package org.handmademarket.web.api.problem;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.handmademarket.platform.errors.ProblemType;

/**
 * The error page of the web container (web.xml), for errors it answers before the API runs, such as
 * a malformed {@code Content-Type}: under {@code /api} a problem document like every other API
 * error, elsewhere a short plain text instead of a page naming the server product.
 */
@WebServlet(name = "container-error", urlPatterns = ContainerErrorPage.PATH)
public class ContainerErrorPage extends HttpServlet {

  static final String PATH = "/container-error";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (!path.startsWith(request.getContextPath() + "/api/")) {
      response.setContentType("text/plain");
      response.getWriter().write("Error " + status + "\n");
      return;
    }
    ProblemType type = typeOf(status);
    response.setContentType(Problems.MEDIA_TYPE);
    response
        .getWriter()
        .write(
            JSON.createObjectBuilder()
                .add("type", type.uri())
                .add("title", type.title())
                .add("status", status)
                .add("detail", detailOf(status))
                .add("instance", path)
                .build()
                .toString());
  }

  private static ProblemType typeOf(int status) {
    switch (status) {
      case HttpServletResponse.SC_NOT_FOUND:
        return ProblemType.NOT_FOUND;
      case HttpServletResponse.SC_UNAUTHORIZED:
        return ProblemType.UNAUTHENTICATED;
      case HttpServletResponse.SC_FORBIDDEN:
        return ProblemType.FORBIDDEN;
      case HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE:
        return ProblemType.PAYLOAD_TOO_LARGE;
      case HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE:
        return ProblemType.UNSUPPORTED_MEDIA_TYPE;
      default:
        return status >= 500 ? ProblemType.INTERNAL : ProblemType.REQUEST_REJECTED;
    }
  }

  private static String detailOf(int status) {
    return status >= 500
        ? "The request could not be served."
        : "The request cannot be served as sent (HTTP " + status + ").";
  }
}
