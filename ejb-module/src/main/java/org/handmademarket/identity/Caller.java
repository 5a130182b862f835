package org.handmademarket.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who sent a request with a valid session: the account and the roles it has right now. Serializable
 * because the container may serialise the principal that carries it.
 */
public record Caller(long userId, Set<Role> roles) implements Serializable {

  public Caller {
    roles = Set.copyOf(roles);
  }
}
