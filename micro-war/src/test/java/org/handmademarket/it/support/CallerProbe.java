package org.handmademarket.it.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * Deployed with the tests only: shows what an EJB's own security context knows about the caller.
 */
@Stateless
@DeclareRoles({"SHOPPER", "SELLER", "SUPPORT", "ADMIN"})
public class CallerProbe {

  @Resource SessionContext context;

  public String callerName() {
    return context.getCallerPrincipal().getName();
  }

  public boolean isCallerInRole(String role) {
    return context.isCallerInRole(role);
  }

  @RolesAllowed("ADMIN")
  public String adminOnly() {
    return callerName();
  }
}
