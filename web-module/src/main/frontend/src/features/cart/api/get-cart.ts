import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Cart } from './types';

export function getCart(signal?: AbortSignal): Promise<Cart> {
  return apiFetch<Cart>('/api/cart', { signal });
}

/** For screens that read the server cart directly; the cart store is the usual way in. */
export const cartQueryOptions = () =>
  queryOptions({ queryKey: ['cart'], queryFn: ({ signal }) => getCart(signal) });
