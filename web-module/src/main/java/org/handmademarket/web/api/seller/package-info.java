/**
 * The seller's endpoints under {@code /api/seller}: their shop, their listings and their photos.
 * Thin: each call goes to the catalogue's seller services, which find the caller's shop and
 * listings themselves, so nothing here trusts an owner id from the client.
 */
package org.handmademarket.web.api.seller;
