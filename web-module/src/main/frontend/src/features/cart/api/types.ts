import type { ShippingQuote } from '@/utils/shipping';
import type { Money } from '@/utils/format';

/*
 * Shapes of the cart endpoints as the design document (Step 3 and Step 5), issue 4 and issue 13 (the
 * money path contract: shipping per shop, holds) give them.
 * Written by hand because the cart resources are not in the API's OpenAPI document yet; when they
 * are, these become aliases of the generated types in src/api/schema.d.ts.
 */

export interface CartItem {
  cartItemId: number | string;
  productId: number;
  title: string;
  price: Money;
  quantity: number;
  /** The shop's stock of this product. */
  availableQuantity: number;
  image?: string | null;
}

export interface CartShopGroup {
  shopId: number | string;
  shopName: string;
  /** Not in the API's shape; known for a visitor's local cart, used for the link to the shop. */
  shopSlug?: string;
  shippingPolicy?: string | null;
  items: CartItem[];
  subtotal: Money;
  /** What this shop charges to ship its items to the cart's country; absent for a visitor's cart. */
  shipping?: ShippingQuote;
}

export type { DeliveryEstimate, ShippingQuote } from '@/utils/shipping';

/** `GET /api/cart?country=GB` and the answer of every cart change. */
export interface Cart {
  shops: CartShopGroup[];
  itemTotal: Money;
  itemCount: number;
  shippingTotal?: Money;
  total?: Money;
  /** The destination the shipping is quoted for; absent (or null) for domestic rates. */
  country?: string | null;
}

/** `GET /api/products/{id}/availability`, and the live `listing` push. */
export interface Availability {
  available: number;
  inCart: number;
  canAddMore: boolean;
  /** Pieces other buyers hold in checkout (0 if none). */
  held?: number;
  /** When the earliest of those holds ends (ISO instant), or null. */
  heldUntil?: string | null;
}

/** What a visitor's local cart needs to know of a listing (from `GET /api/products/{id}`). */
export interface CartProduct {
  id: number;
  title: string;
  price: Money;
  quantity: number;
  images?: { url: string }[];
  shop: { id: number | string; slug?: string; name: string; shippingPolicy?: string | null };
}
