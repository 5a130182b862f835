import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { FavoriteKind, FavoriteState } from './types';

/** The header that credits a favorite to the feed section the shopper came from. */
export const FEED_SECTION_HEADER = 'X-Feed-Section';

function favoritePath(kind: FavoriteKind, id: number): string {
  return `/api/favorites/${kind}/${id}`;
}

export function getFavoriteState(
  kind: FavoriteKind,
  id: number,
  signal?: AbortSignal,
): Promise<FavoriteState> {
  return apiFetch<FavoriteState>(favoritePath(kind, id), { signal });
}

export const favoriteStateQueryOptions = (kind: FavoriteKind, id: number) =>
  queryOptions({
    queryKey: ['favorites', kind, id],
    queryFn: ({ signal }) => getFavoriteState(kind, id, signal),
    staleTime: 60 * 1000,
  });

export function useFavoriteState(kind: FavoriteKind, id: number, enabled: boolean) {
  return useQuery({ ...favoriteStateQueryOptions(kind, id), enabled });
}

export function setFavorite(
  kind: FavoriteKind,
  id: number,
  favorited: boolean,
  feedSection?: string,
): Promise<FavoriteState> {
  return apiFetch<FavoriteState>(favoritePath(kind, id), {
    method: favorited ? 'POST' : 'DELETE',
    headers: favorited && feedSection ? { [FEED_SECTION_HEADER]: feedSection } : undefined,
  });
}

/**
 * Toggles a favorite optimistically: the heart changes at once and goes back, with the count, if the
 * API refuses. The favorites list and the feed are refetched afterwards either way.
 */
export function useToggleFavorite(kind: FavoriteKind, id: number, feedSection?: string) {
  const queryClient = useQueryClient();
  const { queryKey } = favoriteStateQueryOptions(kind, id);
  return useMutation({
    mutationFn: (favorited: boolean) => setFavorite(kind, id, favorited, feedSection),
    onMutate: async (favorited) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        queryClient.setQueryData(queryKey, {
          favorited,
          favoriteCount: Math.max(0, previous.favoriteCount + (favorited ? 1 : -1)),
        });
      }
      return { previous };
    },
    onError: (_error, _favorited, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: (state) => queryClient.setQueryData(queryKey, state),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['favorites', 'list'] });
      // A favorite shapes the home feed's picks: the next visit asks for them again.
      return queryClient.invalidateQueries({ queryKey: ['feed'] });
    },
  });
}
