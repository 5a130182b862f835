import type { ProductCardData } from '@/components/product-card';
import type { Money } from '@/utils/format';

/*
 * Shapes of the catalogue endpoints as issue 3 and the design document describe them. They are
 * written by hand because the API's OpenAPI document does not describe these bodies yet: the shop and
 * product resources are still being built, and `/api/categories` is published with an untyped
 * `object` schema. When the document carries the schemas, these become aliases of the generated types
 * in src/api/schema.d.ts (see ResponseOf in src/api/types.ts).
 */

/** `GET /api/categories`: the taxonomy tree. */
export interface CategoryNode {
  id: number;
  slug: string;
  name: string;
  children: CategoryNode[];
}

export interface ImageRef {
  url: string;
  alt?: string;
  width?: number;
  height?: number;
}

/** The shop as a product page shows it. */
export interface ShopSummary {
  id: number;
  slug: string;
  name: string;
  tagline?: string;
  logo?: string | null;
  location?: string;
  rating?: number;
  salesCount?: number;
}

/** `GET /api/shops/{slug}`: branding and summary. */
export interface Shop extends ShopSummary {
  description?: string;
  banner?: string | null;
  shippingPolicy?: string;
  favoriteCount?: number;
  productCount?: number;
}

/** `GET /api/products/{id}`. */
export interface Product {
  id: number;
  title: string;
  description: string;
  price: Money;
  quantity: number;
  isVintage: boolean;
  isHandmade?: boolean;
  status?: 'active' | 'sold_out' | 'draft' | 'inactive' | string;
  category?: { slug: string; name: string } | null;
  tags: string[];
  materials?: string[];
  images: ImageRef[];
  shop: ShopSummary;
}

/** `GET /api/shops/{slug}/products`: a page of a shop's listings. */
export interface ShopProductsPage {
  products: ProductCardData[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
}
