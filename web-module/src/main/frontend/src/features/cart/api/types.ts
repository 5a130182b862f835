import type { Money } from '@/utils/format';

/*
 * Shapes of the cart endpoints as the design document (Step 3 and Step 5) and issue 4 give them.
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
}

/** `GET /api/cart` and the answer of every cart change. */
export interface Cart {
  shops: CartShopGroup[];
  itemTotal: Money;
  itemCount: number;
}

/** `GET /api/products/{id}/availability`. */
export interface Availability {
  available: number;
  inCart: number;
  canAddMore: boolean;
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
