package org.handmademarket.identity;

/**
 * What an account may do. Everyone who registers is a shopper; opening a shop makes a seller;
 * support and admin accounts are made by an admin or by the demo data, never by self-registration.
 * The names are also the container's security groups, so {@code @RolesAllowed("SELLER")} works.
 */
public enum Role {
  SHOPPER,
  SELLER,
  SUPPORT,
  ADMIN
}
