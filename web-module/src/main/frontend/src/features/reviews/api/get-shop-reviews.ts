import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { REVIEWS_PAGE_SIZE } from './get-listing-reviews';
import type { ReviewsPage } from './types';

export function getShopReviews(
  slug: string,
  page: number,
  signal?: AbortSignal,
): Promise<ReviewsPage> {
  return apiFetch<ReviewsPage>(`/api/shops/${encodeURIComponent(slug)}/reviews`, {
    query: { page, pageSize: REVIEWS_PAGE_SIZE },
    signal,
  });
}

export const shopReviewsQueryOptions = (slug: string, page: number) =>
  queryOptions({
    queryKey: ['reviews', 'shop', slug, page],
    queryFn: ({ signal }) => getShopReviews(slug, page, signal),
    placeholderData: keepPreviousData,
  });

export function useShopReviews(slug: string, page: number) {
  return useQuery(shopReviewsQueryOptions(slug, page));
}
