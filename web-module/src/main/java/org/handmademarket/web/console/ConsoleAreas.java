package org.handmademarket.web.console;

import java.util.Set;
import java.util.function.Predicate;

/** Who may open a console page, decided by its path alone: a pure function, easy to test. */
final class ConsoleAreas {

  static final String SIGN_IN = "/console/signin.xhtml";
  static final String HOME = "/console/index.xhtml";
  static final String FORBIDDEN = "/console/forbidden.xhtml";

  /** The console's areas and the roles that may enter them. */
  enum Area {
    /** The sign-in page: anyone. */
    PUBLIC(Set.of()),
    /** Sign-out and the refusal page: anyone signed in. */
    SIGNED_IN(Set.of()),
    /** The home page: sellers and staff. */
    CONSOLE(Set.of("SELLER", "SUPPORT", "ADMIN")),
    SELLER(Set.of("SELLER")),
    SUPPORT(Set.of("SUPPORT", "ADMIN")),
    ADMIN(Set.of("ADMIN"));

    private final Set<String> roles;

    Area(Set<String> roles) {
      this.roles = roles;
    }

    /** Whether a signed-in caller with these roles may enter. */
    boolean admits(Predicate<String> hasRole) {
      return roles.isEmpty() || roles.stream().anyMatch(hasRole);
    }
  }

  private ConsoleAreas() {}

  /**
   * @param path the path inside the application, e.g. {@code /console/seller/orders.xhtml}
   */
  static Area of(String path) {
    if (path.equals(SIGN_IN)) {
      return Area.PUBLIC;
    }
    if (path.equals("/console/signout.xhtml") || path.equals(FORBIDDEN)) {
      return Area.SIGNED_IN;
    }
    if (path.startsWith("/console/seller/")) {
      return Area.SELLER;
    }
    if (path.startsWith("/console/support/")) {
      return Area.SUPPORT;
    }
    if (path.startsWith("/console/admin/")) {
      return Area.ADMIN;
    }
    return Area.CONSOLE;
  }
}
