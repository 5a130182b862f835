import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Review, ReviewsPage } from './types';

/** The most reviews a buyer's order page needs to find the one for an item. */
const MY_REVIEWS_PAGE_SIZE = 100;

export function getMyReviews(signal?: AbortSignal): Promise<ReviewsPage> {
  return apiFetch<ReviewsPage>('/api/reviews/mine', {
    query: { pageSize: MY_REVIEWS_PAGE_SIZE },
    signal,
  });
}

export const myReviewsQueryOptions = () =>
  queryOptions({
    queryKey: ['reviews', 'mine'],
    queryFn: ({ signal }) => getMyReviews(signal),
  });

/** The caller's review of an order item, if they wrote one. */
export function useMyReviewOf(orderItemId: number): {
  review: Review | undefined;
  isPending: boolean;
} {
  const { data, isPending } = useQuery(myReviewsQueryOptions());
  return { review: data?.items.find((item) => item.orderItemId === orderItemId), isPending };
}
