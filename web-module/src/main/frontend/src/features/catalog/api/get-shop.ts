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
    // The page shows live counts (sales, listings): opening it always asks again (showing what it
    // had meanwhile), so it never says less than the listing page the shopper came from.
    staleTime: 0,
  });

export function useShop(slug: string) {
  return useSuspenseQuery(shopQueryOptions(slug));
}
