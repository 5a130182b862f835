import { Link } from '@tanstack/react-router';
import { ProductGrid } from '@/components/product-card';
import { CardGridSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useFeed } from '../api/get-feed';
import type { FeedSection } from '../api/types';

function sectionId(section: FeedSection): string {
  return (section.key ?? section.title).replace(/[^A-Za-z0-9-]+/g, '-');
}

/** The feed's sections: trending for visitors, personalised once the shopper has favorites. */
export function FeedSections() {
  const { data, error, isPending, refetch } = useFeed();

  if (isPending) return <CardGridSkeleton count={4} label="Loading picks for you" />;
  if (error) {
    return (
      <ErrorState
        error={error}
        title="We couldn't load your picks"
        onRetry={() => void refetch()}
      />
    );
  }
  if (data.sections.every((section) => section.products.length === 0)) {
    return (
      <EmptyState title="Fresh picks are on their way">
        <p>
          Trending finds and picks based on your favorites will appear here. Until then,{' '}
          <Link to="/search">browse everything</Link> or pick a category above.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      {data.sections
        .filter((section) => section.products.length > 0)
        .map((section) => (
          <section
            key={section.key ?? section.title}
            className="feed-section"
            aria-labelledby={`feed-${sectionId(section)}`}
          >
            <h2 id={`feed-${sectionId(section)}`}>{section.title}</h2>
            {section.reason ? <p className="feed-section__reason">{section.reason}</p> : null}
            <ProductGrid products={section.products} via={section.key ?? undefined} />
          </section>
        ))}
    </>
  );
}
