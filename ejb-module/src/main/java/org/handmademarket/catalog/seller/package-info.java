/**
 * The catalogue as a seller works on it: opening a shop, branding it, and listing items with their
 * photos, price and stock. Every use case starts from the caller ({@code identity.CurrentUser}),
 * never from an id the client sent: a seller reaches only their own shop and listings, and another
 * seller's listing answers exactly like one that does not exist (404). The API and the console call
 * the same services.
 */
package org.handmademarket.catalog.seller;
