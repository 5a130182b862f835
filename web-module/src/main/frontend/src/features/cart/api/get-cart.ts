import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Cart } from './types';

/**
 * `GET /api/cart?country=GB`: the signed-in shopper's cart with each shop's shipping to `country`
 * (ISO 3166-1 alpha-2); without a country the shipping is quoted at domestic rates.
 */
export function getCart(country?: string | null, signal?: AbortSignal): Promise<Cart> {
  return apiFetch<Cart>('/api/cart', { query: { country: country || undefined }, signal });
}

/**
 * The cart priced for a destination. `lines` ("42x2,43x1") names what the cart held when it was
 * asked, so that a change of quantity asks again under a new key while the last answer stays on
 * screen.
 */
export const cartQueryOptions = (country?: string | null, lines = '') =>
  queryOptions({
    queryKey: ['cart', 'quote', country || null, lines],
    queryFn: ({ signal }) => getCart(country, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

/** The shipping quote for the cart page; `enabled` is false for a visitor's cart (no server cart). */
export function useCartQuote(country: string | null, lines: string, enabled: boolean) {
  return useQuery({ ...cartQueryOptions(country, lines), enabled });
}
