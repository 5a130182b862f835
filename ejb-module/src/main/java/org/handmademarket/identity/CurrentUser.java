package org.handmademarket.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Map;
import java.util.Optional;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Who is calling, for every feature's services. It is the only way to learn the caller: services
 * authorise with it, never with a user id a client sent.
 */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;

  /** The signed-in account's id, or empty for an anonymous request. */
  public Optional<Long> userId() {
    return caller().map(Caller::userId);
  }

  /** The signed-in account's id; an anonymous request is refused with 401. */
  public long requireUserId() {
    return caller()
        .orElseThrow(
            () ->
                new MarketplaceException(
                    ProblemType.UNAUTHENTICATED, "Please sign in first.", Map.of()))
        .userId();
  }

  public boolean hasRole(Role role) {
    return caller().map(caller -> caller.roles().contains(role)).orElse(false);
  }

  /** Refuses an anonymous request with 401 and a signed-in one without the role with 403. */
  public void requireRole(Role role) {
    requireUserId();
    if (!hasRole(role)) {
      throw new MarketplaceException(
          ProblemType.FORBIDDEN, "Your account may not do this.", Map.of());
    }
  }

  /**
   * Refuses an anonymous request with 401 and a signed-in one with none of the roles with 403.
   *
   * @return the caller's account id
   */
  public long requireAnyRole(Role... roles) {
    long userId = requireUserId();
    for (Role role : roles) {
      if (hasRole(role)) {
        return userId;
      }
    }
    throw new MarketplaceException(
        ProblemType.FORBIDDEN, "Your account may not do this.", Map.of());
  }

  private Optional<Caller> caller() {
    return security.getPrincipalsByType(AccountPrincipal.class).stream()
        .findFirst()
        .map(AccountPrincipal::caller);
  }
}
