import { Link } from '@tanstack/react-router';
import { Image } from '@/components/ui/image';
import { formatCount } from '@/utils/format';
import type { Shop, ShopSummary } from '../api/types';

/** A shop's card: from a listing's page (no tagline) or the shop's own. */
export function ShopCard({ shop }: { shop: ShopSummary & Partial<Pick<Shop, 'tagline'>> }) {
  return (
    <div className="shop-card">
      <Image src={shop.logoUrl} alt="" ratio={1} className="shop-card__logo" />
      <div>
        <p className="shop-card__name">
          <Link to="/shops/$slug" params={{ slug: shop.slug }}>
            {shop.name}
          </Link>
        </p>
        {shop.tagline ? <p className="shop-card__tagline">{shop.tagline}</p> : null}
        <p className="shop-card__meta">
          {typeof shop.rating === 'number' ? <span>★ {shop.rating.toFixed(1)}</span> : null}
          {shop.salesCount !== undefined ? <span>{formatCount(shop.salesCount)} sales</span> : null}
          {shop.location ? <span>{shop.location}</span> : null}
        </p>
      </div>
    </div>
  );
}
