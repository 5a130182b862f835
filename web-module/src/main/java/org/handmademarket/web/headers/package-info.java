/**
 * Security headers on every response, chosen by the surface a path belongs to: the storefront's
 * pages and assets, the JSON and image API, and the Faces console. The policies are pure values
 * ({@link SecurityHeaders}); {@link SecurityHeadersFilter} applies them before anything else writes
 * the response.
 */
package org.handmademarket.web.headers;
