import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Review, ReviewDraft } from './types';

export interface SaveReview {
  orderItemId: number;
  /** The review being changed; absent to write a new one. */
  reviewId?: number;
  draft: ReviewDraft;
  /** A photo to add or replace; absent to leave the photo as it is. */
  photo?: File;
}

/** Writes or changes a review, then uploads its photo (the API takes the image file as the body). */
export async function saveReview({
  orderItemId,
  reviewId,
  draft,
  photo,
}: SaveReview): Promise<Review> {
  let review =
    reviewId === undefined
      ? await apiFetch<Review>('/api/reviews', {
          method: 'POST',
          body: { orderItemId, stars: draft.stars, text: draft.text },
        })
      : await apiFetch<Review>(`/api/reviews/${reviewId}`, {
          method: 'PUT',
          body: { stars: draft.stars, text: draft.text },
        });
  if (photo) {
    review = await apiFetch<Review>(`/api/reviews/${review.id}/photo`, {
      method: 'PUT',
      body: photo,
    });
  }
  return review;
}

export function useSaveReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReview,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['reviews'] });
    },
  });
}
