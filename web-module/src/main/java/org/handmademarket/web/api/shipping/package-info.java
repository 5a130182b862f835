/**
 * The seller's shipping profile under {@code /api/seller/shop/shipping}. Thin: the shipping
 * feature's service finds the caller's shop and checks every rule itself; the Bean Validation here
 * answers the same rules early, naming the same fields.
 */
package org.handmademarket.web.api.shipping;
