import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { CheckoutCart } from './types';

/**
 * `GET /api/cart?country=GB`, read by checkout when it holds nothing (the hold was refused): the
 * cart priced for the address's country, so the buyer still sees a total to agree to. The cart
 * feature has its own reader of this endpoint; features do not share internals.
 */
export function getCheckoutQuote(country: string | null, signal?: AbortSignal) {
  return apiFetch<CheckoutCart>('/api/cart', {
    query: { country: country || undefined },
    signal,
  });
}

export const checkoutQuoteQueryOptions = (country: string | null) =>
  queryOptions({
    queryKey: ['checkout', 'quote', country || null],
    queryFn: ({ signal }) => getCheckoutQuote(country, signal),
    staleTime: 0,
  });

export function useCheckoutQuote(country: string | null, enabled: boolean) {
  return useQuery({ ...checkoutQuoteQueryOptions(country), enabled });
}
