/**
 * Accounts: registration, profiles, roles, email verification, password rules, changes and resets.
 */
package org.handmademarket.identity.accounts;
