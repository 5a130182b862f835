/** Favorites endpoints: a shopper's saved listings and shops. */
package org.handmademarket.web.api.favorites;
