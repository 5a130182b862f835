package org.handmademarket.identity.accounts;

/** Whether an account may be used. A suspended account can neither sign in nor use its sessions. */
public enum AccountStatus {
  ACTIVE,
  SUSPENDED
}
