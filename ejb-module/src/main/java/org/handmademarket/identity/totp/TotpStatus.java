package org.handmademarket.identity.totp;

/**
 * An account's second factor as its owner sees it.
 *
 * @param required whether the account may not go without one (staff)
 */
public record TotpStatus(boolean enrolled, boolean required, int recoveryCodesLeft) {}
