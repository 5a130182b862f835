import { useId, useState } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { pluralize } from '@/utils/format';
import { useShopReviews } from '../api/get-shop-reviews';
import { ReviewList } from './review-list';
import { ReviewPages } from './review-pages';

/** A shop page's reviews of all its listings, newest first. */
export function ShopReviews({ slug }: { slug: string }) {
  const id = useId();
  const [page, setPage] = useState(1);
  const { data, error, refetch, isPlaceholderData } = useShopReviews(slug, page);
  return (
    <section className="reviews" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reviews{data && data.total > 0 ? ` (${data.total})` : ''}</h2>
      {error ? (
        <ErrorState
          error={error}
          title="We couldn't load the reviews"
          onRetry={() => void refetch()}
        />
      ) : !data ? (
        <Skeleton width="100%" height="8em" />
      ) : data.total === 0 ? (
        <p>No reviews yet.</p>
      ) : (
        <div className={isPlaceholderData ? 'is-stale' : undefined}>
          <p className="visually-hidden">{pluralize(data.total, 'review')}</p>
          <ReviewList reviews={data.items} showListing />
          <ReviewPages page={page} totalPages={data.totalPages} onPage={setPage} />
        </div>
      )}
    </section>
  );
}
