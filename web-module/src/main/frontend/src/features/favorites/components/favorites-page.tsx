import { Link } from '@tanstack/react-router';
import { ProductGrid } from '@/components/product-card';
import { Image } from '@/components/ui/image';
import { CardGridSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { formatCount, pluralize } from '@/utils/format';
import { useFavorites } from '../api/get-favorites';

/** The shopper's favorite items and shops, newest first. */
export function FavoritesPage() {
  const { data, error, isPending, refetch } = useFavorites();

  if (isPending) return <CardGridSkeleton count={8} label="Loading your favorites" />;
  if (error) {
    return (
      <ErrorState
        error={error}
        title="We couldn't load your favorites"
        onRetry={() => void refetch()}
      />
    );
  }
  if (data.products.length === 0 && data.shops.length === 0) {
    return (
      <EmptyState title="Nothing saved yet">
        <p>
          Tap the heart on an item or a shop to keep it here. Your favorites also shape the picks on
          your <Link to="/">home page</Link>.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <section aria-labelledby="favorite-items">
        <h2 id="favorite-items">Items ({formatCount(data.products.length)})</h2>
        {data.products.length ? (
          <ProductGrid products={data.products} />
        ) : (
          <p>No favorite items yet.</p>
        )}
      </section>
      <section aria-labelledby="favorite-shops">
        <h2 id="favorite-shops">Shops ({formatCount(data.shops.length)})</h2>
        {data.shops.length ? (
          <ul className="shop-list">
            {data.shops.map((shop) => (
              <li key={shop.id} className="shop-list__item">
                <Link
                  to="/shops/$slug"
                  params={{ slug: shop.slug }}
                  className="shop-list__link card-link"
                >
                  <Image src={shop.logoUrl} alt="" ratio={1} className="shop-list__logo" />
                  <span>
                    <strong>{shop.name}</strong>
                    {shop.tagline ? (
                      <span className="shop-list__tagline">{shop.tagline}</span>
                    ) : null}
                    <span className="shop-card__meta">
                      {shop.location ? <span>{shop.location}</span> : null}
                      {shop.listingCount !== undefined ? (
                        <span>{pluralize(shop.listingCount, 'item')}</span>
                      ) : null}
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>No favorite shops yet.</p>
        )}
      </section>
    </>
  );
}
