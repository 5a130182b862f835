import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { ReviewSort, ReviewsPage } from './types';

export const REVIEWS_PAGE_SIZE = 5;

export function getListingReviews(
  productId: number,
  page: number,
  sort: ReviewSort,
  signal?: AbortSignal,
): Promise<ReviewsPage> {
  return apiFetch<ReviewsPage>(`/api/products/${productId}/reviews`, {
    query: { page, pageSize: REVIEWS_PAGE_SIZE, sort: sort === 'newest' ? undefined : sort },
    signal,
  });
}

export const listingReviewsQueryOptions = (productId: number, page: number, sort: ReviewSort) =>
  queryOptions({
    queryKey: ['reviews', 'listing', productId, { page, sort }],
    queryFn: ({ signal }) => getListingReviews(productId, page, sort, signal),
    placeholderData: keepPreviousData,
  });

export function useListingReviews(productId: number, page: number, sort: ReviewSort) {
  return useQuery(listingReviewsQueryOptions(productId, page, sort));
}
