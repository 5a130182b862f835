import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Availability } from './types';

export function getAvailability(productId: number, signal?: AbortSignal): Promise<Availability> {
  return apiFetch<Availability>(`/api/products/${productId}/availability`, { signal });
}

export const availabilityQueryOptions = (productId: number) =>
  queryOptions({
    queryKey: ['cart', 'availability', productId],
    queryFn: ({ signal }) => getAvailability(productId, signal),
    // Stock is strongly consistent and changes with every sale: always ask again on mount.
    staleTime: 0,
    retry: false,
  });

export function useAvailability(productId: number) {
  return useQuery(availabilityQueryOptions(productId));
}
