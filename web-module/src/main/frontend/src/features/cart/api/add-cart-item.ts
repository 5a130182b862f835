import { apiFetch } from '@/lib/api-client';
import type { Cart } from './types';

/**
 * `POST /api/cart/items`; refused with a problem carrying `available` and `inCart` when short. An add
 * that started from a home feed section names it, so the feed's variants can be compared.
 */
export function addCartItem(
  productId: number,
  quantity: number,
  feedSection?: string,
): Promise<Cart> {
  return apiFetch<Cart>('/api/cart/items', {
    method: 'POST',
    body: { productId, quantity },
    headers: feedSection ? { 'X-Feed-Section': feedSection } : undefined,
  });
}
