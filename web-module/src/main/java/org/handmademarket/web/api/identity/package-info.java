/**
 * The identity endpoints: registering, signing in and out, and {@code /api/me}. They translate
 * between HTTP (JSON bodies, the session cookie, the client's address) and the identity services,
 * and guard cookie-authenticated requests against cross-site request forgery.
 */
package org.handmademarket.web.api.identity;
