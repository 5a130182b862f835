import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Shop } from './types';

export function getShop(slug: string, signal?: AbortSignal): Promise<Shop> {
  return apiFetch<Shop>(`/api/shops/${encodeURIComponent(slug)}`, { signal });
}

export const shopQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['catalog', 'shop', slug],
    queryFn: ({ signal }) => getShop(slug, signal),
    // The page shows live counts (sales, listings): a minute, like the shop's listings.
    staleTime: 60 * 1000,
  });

export function useShop(slug: string) {
  return useSuspenseQuery(shopQueryOptions(slug));
}
