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

export function ProductCard({ product }: { product: ProductCardData }) {
  return (
    <article className="product-card">
      <Link
        to="/products/$productId"
        params={{ productId: String(product.id) }}
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

export function ProductGrid({ products }: { products: ProductCardData[] }) {
  return (
    <div className="product-grid">
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </div>
  );
}
