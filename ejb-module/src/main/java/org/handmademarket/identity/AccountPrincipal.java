package org.handmademarket.identity;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The principal the container holds for a signed-in request. Its name is the account id (never the
 * email, which may change and is personal data in logs); it carries the {@link Caller} so that
 * {@link CurrentUser} needs no lookup.
 */
public class AccountPrincipal extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final Caller caller;

  public AccountPrincipal(Caller caller) {
    super(String.valueOf(caller.userId()));
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }
}
