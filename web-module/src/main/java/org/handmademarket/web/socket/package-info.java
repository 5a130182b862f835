/**
 * The live-updates WebSocket at {@code /api/live}: a product page, a cart or an order page
 * subscribes to listings and orders and is sent their new availability or status as changes commit
 * on any instance. The caller is the one the HTTP authentication mechanism found on the upgrade
 * request (the session cookie); listings are public, an order only for its buyer or its shop's
 * owner.
 */
package org.handmademarket.web.socket;
