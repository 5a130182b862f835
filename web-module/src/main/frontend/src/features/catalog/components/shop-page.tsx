import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ProductGrid } from '@/components/product-card';
import { Image } from '@/components/ui/image';
import { Pagination } from '@/components/ui/pagination';
import { CardGridSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { formatCount } from '@/utils/format';
import { useShop } from '../api/get-shop';
import { useShopProducts } from '../api/get-shop-products';

interface ShopPageProps {
  slug: string;
  page: number;
  /** Controls composed in by the page, such as the favorite-shop heart. */
  actions?: ReactNode;
}

/** A shop: banner, logo, tagline, policies and its listings, paged. */
export function ShopPage({ slug, page, actions }: ShopPageProps) {
  const { data: shop } = useShop(slug);
  const listings = useShopProducts(slug, { page });

  return (
    <div className="shop">
      <Image src={shop.bannerUrl} alt="" ratio={5} className="shop__banner" priority />
      <header className="shop__header">
        <Image src={shop.logoUrl} alt={`${shop.name} logo`} ratio={1} className="shop__logo" />
        <div>
          <h1>{shop.name}</h1>
          {shop.tagline ? <p className="shop__tagline">{shop.tagline}</p> : null}
          <p className="shop-card__meta">
            {shop.location ? <span>{shop.location}</span> : null}
            {typeof shop.rating === 'number' ? <span>★ {shop.rating.toFixed(1)}</span> : null}
            {shop.salesCount !== undefined ? (
              <span>{formatCount(shop.salesCount)} sales</span>
            ) : null}
          </p>
        </div>
        {actions ? <div className="shop__actions">{actions}</div> : null}
      </header>
      {shop.description ? <p className="shop__description">{shop.description}</p> : null}

      <section aria-labelledby="shop-items">
        <h2 id="shop-items">Items</h2>
        {listings.isPending ? (
          <CardGridSkeleton />
        ) : listings.error ? (
          <ErrorState error={listings.error} onRetry={() => void listings.refetch()} />
        ) : listings.data.items.length === 0 ? (
          <EmptyState title="No items for sale right now" />
        ) : (
          <>
            <ProductGrid
              products={listings.data.items.map((item) => ({
                id: item.id,
                title: item.title,
                price: item.price,
                image: item.thumbnailUrl,
                isVintage: item.vintage,
              }))}
            />
            <Pagination
              page={listings.data.page}
              totalPages={listings.data.totalPages}
              renderLink={(target, label, props) => (
                <Link
                  to="/shops/$slug"
                  params={{ slug }}
                  search={target > 1 ? { page: target } : {}}
                  {...props}
                >
                  {label}
                </Link>
              )}
            />
          </>
        )}
      </section>

      {shop.shippingPolicy ? (
        <section aria-labelledby="shop-policies" className="shop__policies">
          <h2 id="shop-policies">Shipping and policies</h2>
          <p>{shop.shippingPolicy}</p>
        </section>
      ) : null}
    </div>
  );
}
