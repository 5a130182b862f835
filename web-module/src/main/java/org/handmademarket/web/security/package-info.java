/**
 * How the container learns who sends a request: an HTTP authentication mechanism that hands the
 * session token from the {@code hm_session} cookie or an {@code Authorization: Bearer} header to
 * the identity store, for the API and the console alike. Requests without a valid token go on
 * anonymously; the services decide what an anonymous caller may do.
 */
package org.handmademarket.web.security;
