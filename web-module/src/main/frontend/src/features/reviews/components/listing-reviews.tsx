import { useId, useState } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useListingRating } from '../api/get-listing-rating';
import { useListingReviews } from '../api/get-listing-reviews';
import { REVIEW_SORTS, type ReviewSort } from '../api/types';
import { RatingSummary } from './rating-summary';
import { ReviewList } from './review-list';
import { ReviewPages } from './review-pages';

const SORT_LABELS: Record<ReviewSort, string> = {
  newest: 'Newest',
  highest: 'Highest rated',
  lowest: 'Lowest rated',
};

/** A product page's reviews: the rating with its distribution, then the reviews, paged. */
export function ListingReviews({ productId }: { productId: number }) {
  const id = useId();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<ReviewSort>('newest');
  const rating = useListingRating(productId);
  const reviews = useListingReviews(productId, page, sort);

  return (
    <section className="reviews" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reviews</h2>
      {rating.error ? (
        <ErrorState
          error={rating.error}
          title="We couldn't load the reviews"
          onRetry={() => void rating.refetch()}
        />
      ) : rating.isPending ? (
        <Skeleton width="100%" height="8em" />
      ) : rating.data.count === 0 ? (
        <p>No reviews yet. Buyers can review an item once it has arrived.</p>
      ) : (
        <>
          <RatingSummary summary={rating.data} />
          <label className="reviews__sort">
            Sort by{' '}
            <select
              value={sort}
              onChange={(event) => {
                setSort(event.target.value as ReviewSort);
                setPage(1);
              }}
            >
              {REVIEW_SORTS.map((value) => (
                <option key={value} value={value}>
                  {SORT_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          {reviews.data ? (
            <div className={reviews.isPlaceholderData ? 'is-stale' : undefined}>
              <ReviewList reviews={reviews.data.items} />
              <ReviewPages page={page} totalPages={reviews.data.totalPages} onPage={setPage} />
            </div>
          ) : (
            <Skeleton width="100%" height="10em" />
          )}
        </>
      )}
    </section>
  );
}
