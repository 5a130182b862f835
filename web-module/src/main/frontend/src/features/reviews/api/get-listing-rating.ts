import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { RatingSummary } from './types';

export function getListingRating(productId: number, signal?: AbortSignal): Promise<RatingSummary> {
  return apiFetch<RatingSummary>(`/api/products/${productId}/rating`, { signal });
}

export const listingRatingQueryOptions = (productId: number) =>
  queryOptions({
    queryKey: ['reviews', 'listing', productId, 'rating'],
    queryFn: ({ signal }) => getListingRating(productId, signal),
  });

export function useListingRating(productId: number) {
  return useQuery(listingRatingQueryOptions(productId));
}
