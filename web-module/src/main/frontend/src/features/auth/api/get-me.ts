import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { isApiProblem } from '@/lib/api-problem';
import type { User } from './types';

/** The signed-in shopper, or null for a visitor. */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return await apiFetch<User>('/api/me', { signal });
  } catch (error) {
    // 401: a visitor. 404: a server without accounts yet, where everyone is a visitor.
    if (isApiProblem(error) && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60 * 1000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
