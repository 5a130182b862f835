/** The signed-in shopper's cart, and how much of a listing can still be added. */
package org.handmademarket.web.api.cart;
