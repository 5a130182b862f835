/**
 * Favorites: shoppers save listings and shops for later. Its public face is {@link
 * org.handmademarket.favorites.Favorites} (a shopper's own favorites, idempotent adds and removes
 * that keep the listing's and shop's favorite counts) and {@link
 * org.handmademarket.favorites.ProductCards} (listing cards read from PostgreSQL, shared with the
 * feed). Favorites are polymorphic rows ({@code PRODUCT} or {@code SHOP}) written with plain SQL;
 * no other feature's entities are used.
 */
package org.handmademarket.favorites;
