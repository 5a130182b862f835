/**
 * Accounts, roles and sign-in sessions. People register with an email address and a password
 * (hashed with the container's PBKDF2), sign in to get an opaque session token that is stored only
 * as a hash in PostgreSQL and cached in Redis, and are throttled when they keep failing. The
 * container learns the caller through {@link
 * org.handmademarket.identity.signin.AccountIdentityStore}; other features learn it through {@link
 * org.handmademarket.identity.CurrentUser} and grant roles through {@link
 * org.handmademarket.identity.accounts.Accounts}, and never trust a user id sent by a client.
 * Sub-packages: {@code accounts}, {@code sessions}, {@code signin}, {@code throttling}, {@code
 * staff} and {@code totp} (second factor).
 */
package org.handmademarket.identity;
