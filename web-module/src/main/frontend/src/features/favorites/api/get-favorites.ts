import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Favorites } from './types';

export function getFavorites(signal?: AbortSignal): Promise<Favorites> {
  return apiFetch<Favorites>('/api/favorites', { signal });
}

export const favoritesQueryOptions = () =>
  queryOptions({
    queryKey: ['favorites', 'list'],
    queryFn: ({ signal }) => getFavorites(signal),
    staleTime: 30 * 1000,
  });

export function useFavorites() {
  return useQuery(favoritesQueryOptions());
}
