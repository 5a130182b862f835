import type { ProductCardData } from '@/components/product-card';

/*
 * Shapes of the favorites endpoints (`/api/favorites`). Written by hand until the OpenAPI document
 * describes their bodies; then they become aliases of the generated types.
 */

/** What can be favorited, as it appears in the API's paths. */
export type FavoriteKind = 'products' | 'shops';

/** A favorited shop as the favorites page lists it. */
export interface FavoriteShop {
  id: number;
  slug: string;
  name: string;
  logoUrl?: string | null;
  location?: string | null;
  tagline?: string | null;
  favoriteCount?: number;
  listingCount?: number;
}

/** `GET /api/favorites`, newest first. */
export interface Favorites {
  products: ProductCardData[];
  shops: FavoriteShop[];
}

/** `GET`, `POST` and `DELETE /api/favorites/{kind}/{id}`. */
export interface FavoriteState {
  favorited: boolean;
  favoriteCount: number;
}
