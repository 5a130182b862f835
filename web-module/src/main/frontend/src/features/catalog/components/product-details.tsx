import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { formatPrice } from '@/utils/format';
import type { Product } from '../api/types';
import { ProductGallery } from './product-gallery';
import { ShopCard } from './shop-card';

interface ProductDetailsProps {
  product: Product;
  /** The purchase controls (the cart's AddToCartButton, the favorite heart), composed in by the page. */
  actions: ReactNode;
}

/** The product page: gallery, title, price, buy box, shop, description, tags. */
export function ProductDetails({ product, actions }: ProductDetailsProps) {
  return (
    <article className="product">
      <ProductGallery images={product.images} title={product.title} />
      <div className="product__info">
        <p className="product__badges">
          {product.vintage ? <span className="badge">Vintage</span> : null}
          {product.handmade ? <span className="badge">Handmade</span> : null}
          {product.category ? (
            <Link to="/search" search={{ category: product.category.slug }}>
              {product.category.name}
            </Link>
          ) : null}
        </p>
        <h1 className="product__title">{product.title}</h1>
        <p className="product__price">{formatPrice(product.price)}</p>
        {actions}
        <ShopCard shop={product.shop} />
        <section aria-labelledby="product-description">
          <h2 id="product-description">Description</h2>
          <div className="product__description">
            {product.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>
        {product.materials?.length ? (
          <p>
            <strong>Materials:</strong> {product.materials.join(', ')}
          </p>
        ) : null}
        {product.tags.length ? (
          <ul className="tags" aria-label="Tags">
            {product.tags.map((tag) => (
              <li key={tag}>
                <Link to="/search" search={{ q: tag }} className="tag">
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  );
}
