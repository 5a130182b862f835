/**
 * What a shop charges to send an order and how long it takes: one shipping profile per shop (where
 * it ships from, a domestic rate, an optional international rate, an optional free-shipping
 * threshold for domestic orders, and its processing time), and the quote a cart or checkout asks
 * for a destination. {@link org.handmademarket.shipping.ShippingProfile} computes quotes and
 * delivery estimates; {@link org.handmademarket.shipping.ShippingProfiles} is the service: profiles
 * for any shops, the seller's own profile and its edits, which it announces with {@link
 * org.handmademarket.shipping.ShippingProfileChanged}. A shop that never set a profile ships with
 * {@link org.handmademarket.shipping.ShippingProfile#standard(long)}. Shops are read with SQL: the
 * catalogue's entities are not this feature's to use.
 */
package org.handmademarket.shipping;
