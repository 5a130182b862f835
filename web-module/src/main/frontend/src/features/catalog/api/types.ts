import type { Money } from '@/utils/format';

/*
 * Shapes of the catalogue endpoints (ProductView, ShopView, ShopSummary, ListingCard, Page and
 * CategoryNode in ejb-module's catalog and platform packages). Written by hand because the OpenAPI
 * document does not describe these bodies yet (`/api/categories`, for one, is published with an
 * untyped `object` schema); when it does, these become aliases of the generated types in
 * src/api/schema.d.ts (see ResponseOf in src/api/types.ts).
 */

/** `GET /api/categories`: the taxonomy tree. */
export interface CategoryNode {
  id: number;
  slug: string;
  name: string;
  children: CategoryNode[];
}

export interface ImageRef {
  id?: number;
  url: string;
  thumbnailUrl?: string;
  width?: number;
  height?: number;
  alt?: string;
}

/** The shop as a product page shows it. */
export interface ShopSummary {
  id: number;
  slug: string;
  name: string;
  tagline?: string | null;
  logoUrl?: string | null;
  location?: string | null;
  rating?: number | null;
  ratingCount?: number;
  salesCount?: number;
  shippingPolicy?: string | null;
}

/** `GET /api/shops/{slug}`: branding and summary. */
export interface Shop extends ShopSummary {
  description?: string | null;
  bannerUrl?: string | null;
}

/** `GET /api/products/{id}`. */
export interface Product {
  id: number;
  title: string;
  description: string;
  price: Money;
  quantity: number;
  status?: string;
  vintage: boolean;
  handmade?: boolean;
  category?: { id?: number; slug: string; name: string } | null;
  tags: string[];
  materials?: string[];
  images: ImageRef[];
  shop: ShopSummary;
}

/** A listing in a shop's grid. */
export interface ListingCard {
  id: number;
  title: string;
  price: Money;
  quantity: number;
  status?: string;
  vintage: boolean;
  handmade?: boolean;
  thumbnailUrl?: string | null;
}

/** `GET /api/shops/{slug}/products`: a page of a shop's listings. */
export interface ShopProductsPage {
  items: ListingCard[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
}
