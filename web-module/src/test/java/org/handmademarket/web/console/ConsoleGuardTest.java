package org.handmademarket.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guard lets a signed-in account into the areas its roles open, by the account's roles, even
 * when the container's own role check answers "no" for every role (the state that closed the
 * console to everyone while the menus still offered every page).
 */
class ConsoleGuardTest {

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "SELLER, /console/index.xhtml, true",
    "SELLER, /console/seller/dashboard.xhtml, true",
    "SELLER, /console/admin/audit.xhtml, false",
    "SUPPORT, /console/support/finder.xhtml, true",
    "SUPPORT, /console/seller/orders.xhtml, false",
    "ADMIN, /console/admin/reindex.xhtml, true",
    "ADMIN, /console/support/finder.xhtml, true",
    "SHOPPER, /console/index.xhtml, false",
  })
  void admitsByTheAccountsRolesNotTheContainersMapping(Role role, String page, boolean admitted)
      throws Exception {
    Exchange exchange = new Exchange(page);
    ConsoleGuard guard = guard(EnumSet.of(Role.SHOPPER, role));

    guard.doFilter(exchange.request(), exchange.response(), (req, res) -> exchange.passed = true);

    assertEquals(admitted, exchange.passed, "passed on to the page");
    assertEquals(admitted ? List.of() : List.of(ConsoleAreas.FORBIDDEN), exchange.forwards);
    assertEquals(admitted ? 0 : 403, exchange.status);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/console/index.xhtml", "/console/seller/listings.xhtml"})
  void sendsAnonymousCallersToSignIn(String page) throws Exception {
    Exchange exchange = new Exchange(page);
    ConsoleGuard guard = guard(null);

    guard.doFilter(exchange.request(), exchange.response(), (req, res) -> exchange.passed = true);

    assertFalse(exchange.passed);
    assertTrue(exchange.redirect.endsWith(ConsoleAreas.SIGN_IN), exchange.redirect);
  }

  private static ConsoleGuard guard(Set<Role> roles) {
    ConsoleGuard guard = new ConsoleGuard();
    guard.links = new ImageLinks();
    guard.currentUser =
        new CurrentUser() {
          @Override
          public Optional<Long> userId() {
            return roles == null ? Optional.empty() : Optional.of(42L);
          }

          @Override
          public boolean hasRole(Role role) {
            return roles != null && roles.contains(role);
          }
        };
    return guard;
  }

  /** A request for a console page from a signed-in browser, and what the guard answered. */
  private static final class Exchange {
    final String path;
    final List<String> forwards = new ArrayList<>();
    int status;
    String redirect = "";
    boolean passed;

    Exchange(String path) {
      this.path = path;
    }

    HttpServletRequest request() {
      Principal principal = () -> "42";
      return proxy(
          HttpServletRequest.class,
          (method, args) ->
              switch (method) {
                case "getServletPath" -> path;
                case "getContextPath" -> "";
                case "getUserPrincipal" -> principal;
                // The container's mapping of groups to undeclared roles, answering "no".
                case "isUserInRole" -> false;
                case "getRequestDispatcher" ->
                    proxy(
                        RequestDispatcher.class,
                        (m, a) -> {
                          forwards.add((String) args[0]);
                          return null;
                        });
                default -> null;
              });
    }

    HttpServletResponse response() {
      return proxy(
          HttpServletResponse.class,
          (method, args) -> {
            switch (method) {
              case "setStatus" -> status = (Integer) args[0];
              case "sendRedirect" -> redirect = (String) args[0];
              default -> {}
            }
            return null;
          });
    }
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            ConsoleGuardTest.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> answer.answer(method.getName(), args)));
  }
}
