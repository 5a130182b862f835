import { Link } from '@tanstack/react-router';
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
}

interface ProductCardProps {
  product: ProductCardData;
  /** The feed section the card is shown in, carried to the product page for attribution. */
  via?: string;
}

export function ProductCard({ product, via }: ProductCardProps) {
  return (
    <article className="product-card">
      <Link
        to="/products/$productId"
        params={{ productId: String(product.id) }}
        search={via ? { via } : {}}
        className="product-card__link"
      >
        <Image src={product.image} alt="" ratio={1} sizes="(max-width: 40rem) 50vw, 16rem" />
        <h3 className="product-card__title">{product.title}</h3>
      </Link>
      <p className="product-card__price">{formatPrice(product.price)}</p>
      <p className="product-card__meta">
        {product.shopName ? <span>{product.shopName}</span> : null}
        {product.isVintage ? <span className="badge">Vintage</span> : null}
      </p>
    </article>
  );
}

export function ProductGrid({ products, via }: { products: ProductCardData[]; via?: string }) {
  return (
    <div className="product-grid">
      {products.map((product) => (
        <ProductCard key={product.id} product={product} via={via} />
      ))}
    </div>
  );
}
