import { apiFetch } from '@/lib/api-client';
import type { CartProduct } from './types';

/**
 * `GET /api/products/{id}`, read for a visitor's local cart (title, price, stock and shop). The
 * catalogue feature has its own reader of this endpoint for the product page; features do not share
 * internals, and the cart needs only these few fields.
 */
export function getCartProduct(productId: number): Promise<CartProduct> {
  return apiFetch<CartProduct>(`/api/products/${productId}`);
}
