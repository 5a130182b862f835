import { apiFetch } from '@/lib/api-client';
import type { Cart } from './types';

/** `DELETE /api/cart/items/{productId}`. */
export function removeCartItem(productId: number): Promise<Cart> {
  return apiFetch<Cart>(`/api/cart/items/${productId}`, { method: 'DELETE' });
}
