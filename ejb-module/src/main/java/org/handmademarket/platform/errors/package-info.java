/**
 * The error model shared by every feature: a service refuses a request by throwing a {@link
 * org.handmademarket.platform.errors.MarketplaceException} that names a stable problem type and
 * carries the data a client needs to act on it. The web layer turns it into RFC 9457 problem
 * details.
 */
package org.handmademarket.platform.errors;
