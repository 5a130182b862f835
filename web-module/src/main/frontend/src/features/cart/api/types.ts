import type { Schema } from '@/api/types';
import type { ShippingQuote } from '@/utils/shipping';

/*
 * The cart endpoints' bodies, as the API's OpenAPI document describes them (CartView, CartShop and
 * CartLine in src/api/schema.d.ts), with what a visitor's cart, kept in this browser, adds: a local
 * line id and the shop's slug for its link.
 */

export type { DeliveryEstimate, ShippingQuote } from '@/utils/shipping';

/** A line of the cart; a visitor's line has a `local:{productId}` id. */
export type CartItem = Omit<Schema<'CartLine'>, 'cartItemId'> & { cartItemId: number | string };

/** One shop's group of the cart (every shop becomes its own order at checkout). */
export type CartShopGroup = Omit<Schema<'CartShop'>, 'items' | 'shipping'> & {
  items: CartItem[];
  /** Not in the API's shape; known for a visitor's local cart, used for the link to the shop. */
  shopSlug?: string;
  /** What this shop charges to ship its items to the cart's country; absent for a visitor's cart. */
  shipping?: ShippingQuote | null;
};

/** `GET /api/cart?country=GB` and the answer of every cart change. */
export type Cart = Omit<Schema<'CartView'>, 'shops'> & { shops: CartShopGroup[] };

/** `GET /api/products/{id}/availability`, and the live `listing` push. */
export type Availability = Schema<'Availability'>;

/** What a visitor's local cart needs to know of a listing (from `GET /api/products/{id}`). */
export type CartProduct = Pick<
  Schema<'ProductView'>,
  'id' | 'title' | 'price' | 'quantity' | 'images' | 'shop'
>;
