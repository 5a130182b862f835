import { apiFetch } from '@/lib/api-client';
import type { Cart } from './types';

/** `PUT /api/cart/items/{productId}`: sets the quantity (0 removes). */
export function updateCartItem(productId: number, quantity: number): Promise<Cart> {
  return apiFetch<Cart>(`/api/cart/items/${productId}`, { method: 'PUT', body: { quantity } });
}
