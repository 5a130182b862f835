import { Link } from '@tanstack/react-router';
import { Stars } from '@/components/stars';
import { Image } from '@/components/ui/image';
import { formatPrice, type Money } from '@/utils/format';

/** What a listing card needs; search results, shop listings and feed items all carry it. */
export interface ProductCardData {
  id: number;
  title: string;
  price: Money;
  image?: string | null;
  shopName?: string;
  isVintage?: boolean;
  /** The average of the listing's reviews; stars are shown once it has any. */
  rating?: number;
  ratingCount?: number;
}

interface ProductCardProps {
  product: ProductCardData;
  /** The feed section the card is shown in, carried to the product page for attribution. */
  via?: string;
  /** Loads the photo at once: for the cards a page shows first (its largest paint). */
  priority?: boolean;
}

export function ProductCard({ product, via, priority = false }: ProductCardProps) {
  return (
    <article className="product-card">
      <Link
        to="/products/$productId"
        params={{ productId: String(product.id) }}
        search={via ? { via } : {}}
        className="product-card__link"
      >
        <Image
          src={product.image}
          alt=""
          ratio={1}
          sizes="(max-width: 40rem) 50vw, 16rem"
          priority={priority}
        />
        <h3 className="product-card__title">{product.title}</h3>
      </Link>
      {product.ratingCount ? (
        <p className="product-card__rating">
          <Stars rating={product.rating ?? 0} count={product.ratingCount} />
        </p>
      ) : null}
      <p className="product-card__price">{formatPrice(product.price)}</p>
      <p className="product-card__meta">
        {product.shopName ? <span>{product.shopName}</span> : null}
        {product.isVintage ? <span className="badge">Vintage</span> : null}
      </p>
    </article>
  );
}

interface ProductGridProps {
  products: ProductCardData[];
  via?: string;
  /** How many cards, from the first, load their photos at once (the first row of a results page). */
  eagerCount?: number;
}

export function ProductGrid({ products, via, eagerCount = 0 }: ProductGridProps) {
  return (
    <div className="product-grid">
      {products.map((product, index) => (
        <ProductCard key={product.id} product={product} via={via} priority={index < eagerCount} />
      ))}
    </div>
  );
}
