import { apiFetch } from '@/lib/api-client';
import type { Cart } from './types';

/** `POST /api/cart/items`; refused with a problem carrying `available` and `inCart` when short. */
export function addCartItem(productId: number, quantity: number): Promise<Cart> {
  return apiFetch<Cart>('/api/cart/items', { method: 'POST', body: { productId, quantity } });
}
