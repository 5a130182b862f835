package org.handmademarket.identity.accounts;

import jakarta.annotation.Nullable;
import java.util.List;
import org.handmademarket.identity.Role;

/**
 * An account as its owner sees it.
 *
 * @param shopSlug the slug of the account's shop, or null while it has none
 * @param emailVerified whether the owner confirmed the address (needed to open a shop)
 */
public record AccountProfile(
    long id,
    String email,
    String displayName,
    List<Role> roles,
    @Nullable String shopSlug,
    boolean emailVerified) {

  public AccountProfile {
    roles = List.copyOf(roles);
  }
}
