import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { isApiProblem } from '@/lib/api-problem';
import type { Feed, FeedSection } from './types';

/** The home feed; an API without a feed yet (404) gives an empty one. */
export async function getFeed(signal?: AbortSignal): Promise<Feed> {
  try {
    const body = await apiFetch<Feed | FeedSection[]>('/api/feed', { signal });
    return Array.isArray(body) ? { sections: body } : { ...body, sections: body?.sections ?? [] };
  } catch (error) {
    if (isApiProblem(error) && error.status === 404) return { sections: [] };
    throw error;
  }
}

export const feedQueryOptions = () =>
  queryOptions({
    queryKey: ['feed'],
    queryFn: ({ signal }) => getFeed(signal),
    staleTime: 60 * 1000,
  });

export function useFeed() {
  return useQuery(feedQueryOptions());
}
