/**
 * Serving the React storefront from the WAR's root. The bundle (index.html and content-hashed files
 * under {@code assets/}) is built from {@code src/main/frontend} by the Maven build; this package
 * adds what a single-page application needs from its server: every client route ({@code /search},
 * {@code /products/12}, ...) answers with index.html, hashed assets are cached for a year, and
 * index.html itself is revalidated on every visit so that a new release is picked up at once. The
 * API, the console and the server's own endpoints are left alone.
 */
package org.handmademarket.web.storefront;
