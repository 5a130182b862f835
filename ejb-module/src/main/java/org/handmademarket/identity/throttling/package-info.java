/**
 * Throttling: sign-in failures slowed down per account and address, registrations and mailed links
 * limited per client address.
 */
package org.handmademarket.identity.throttling;
